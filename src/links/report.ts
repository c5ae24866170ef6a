/**
 * Renders a link check for people and machines: `text` (terminal), `json` (the shape the link
 * farm's bench and other tools read, exactly `{ links: [{ url, verdict, status?, finalUrl?,
 * sources }] }`), `markdown` (the nightly issue and the step summary) and `github` (workflow
 * annotations on the lines that hold the links). Pure functions of the items.
 */
import { githubAnnotation } from '../report/annotations.ts';
import { markdownText, markdownUrl, oneLine } from '../report/escape.ts';
import type { ReportFormat } from '../cli/format.ts';
import type { LinkItem } from './run.ts';
import type { LinkState } from './state.ts';

/** Accepted values of `--format` (the formats are src/cli/format.ts's). */
export const REPORT_FORMATS = ['text', 'json', 'markdown', 'github'] as const satisfies readonly ReportFormat[];

export interface ReportSummary {
  total: number;
  ok: number;
  failing: number;
  suspect: number;
  redirected: number;
  unknown: number;
  archived: number;
  cached: number;
}

/** Counts by what a maintainer has to do. */
export function summarize(items: readonly LinkItem[]): ReportSummary {
  const s: ReportSummary = { total: items.length, ok: 0, failing: 0, suspect: 0, redirected: 0, unknown: 0, archived: 0, cached: 0 };
  for (const i of items) {
    if (i.verdict === 'ok') s.ok++;
    if (i.state === 'failing') s.failing++;
    if (i.state === 'suspect') s.suspect++;
    if (i.verdict === 'redirected') s.redirected++;
    if (i.verdict === 'unknown') s.unknown++;
    if (i.archived) s.archived++;
    if (i.cached) s.cached++;
  }
  return s;
}

/**
 * True when nothing needs a maintainer, so the nightly issue can be closed: no dead (failing or
 * suspect) and no moved link. Unknown links and archived repositories are listed but do not keep
 * the issue open (a bot wall may never go away).
 */
export function isHealthy(items: readonly LinkItem[]): boolean {
  return items.every((i) => i.verdict !== 'dead' && i.verdict !== 'redirected');
}

/** Marker in the Markdown report that scripts/report-issue.ts and the workflow look for. */
export const HEALTHY_MARKER = '<!-- link-report: healthy -->';

const where = (i: LinkItem) => i.sources.map((s) => `${s.file}:${s.line}`).join(', ');
const detail = (i: LinkItem) =>
  [i.status !== undefined ? String(i.status) : '', i.reason ?? ''].filter((x, n, a) => x && a.indexOf(x) === n).join(' ');

/** The machine report: exactly `{ links: [{ url, verdict, status?, finalUrl?, sources }] }`. */
export function toJson(items: readonly LinkItem[]): string {
  const links = items.map((i) => ({
    url: i.url,
    verdict: i.verdict,
    ...(i.status !== undefined ? { status: i.status } : {}),
    ...(i.finalUrl !== undefined ? { finalUrl: i.finalUrl } : {}),
    sources: i.sources.map((s) => ({ file: s.file, line: s.line })),
  }));
  return `${JSON.stringify({ links }, null, 2)}\n`;
}

const LABEL: Record<LinkState, string> = { failing: 'dead', suspect: 'suspect', warning: 'warn', ok: 'ok' };

/** One line: how many links in each state. */
export function summaryLine(items: readonly LinkItem[], failAfter: number): string {
  const s = summarize(items);
  return (
    `${s.total} links: ${s.ok} ok, ${s.failing} failing, ${s.suspect} suspect (dead < ${failAfter} runs), ` +
    `${s.redirected} redirected, ${s.unknown} unknown, ${s.archived} archived` + (s.cached ? ` (${s.cached} from the store)` : '')
  );
}

/** Terminal report: one line per link that needs attention (file:line first), then totals. */
export function toText(items: readonly LinkItem[], failAfter: number): string {
  const lines: string[] = [];
  const order: LinkState[] = ['failing', 'suspect', 'warning'];
  for (const state of order) {
    for (const i of items.filter((x) => x.state === state)) {
      const first = i.sources[0]!;
      const more = i.sources.length > 1 ? ` (+${i.sources.length - 1} more)` : '';
      const to = i.finalUrl ? ` → ${i.finalUrl}` : '';
      lines.push(oneLine(`${first.file}:${first.line} ${LABEL[state]} ${i.verdict} ${i.url}${to} ${detail(i)}${more}`.trimEnd()));
    }
  }
  for (const i of items.filter((x) => x.archived && x.state === 'ok')) {
    lines.push(oneLine(`${i.sources[0]!.file}:${i.sources[0]!.line} note archived ${i.url}`));
  }
  const s = summarize(items);
  lines.push(summaryLine(items, failAfter));
  if (s.redirected) lines.push('hint: `npm run links -- --fix` rewrites permanently redirected URLs in place.');
  return `${lines.join('\n')}\n`;
}

// Everything in a cell comes from content or a server (a Location header): escaped, and a link
// only when it is http(s) (src/report/escape.ts).
const mdEscape = markdownText;
const mdLink = (u: string | undefined) => (u ? markdownUrl(u) : '');

function table(rows: readonly LinkItem[], withTarget: boolean): string[] {
  const head = withTarget ? '| URL | Now at | Where |\n|---|---|---|' : '| URL | Why | Where |\n|---|---|---|';
  return [
    head,
    ...rows.map((i) =>
      withTarget
        ? `| ${mdLink(i.url)} | ${mdLink(i.finalUrl)} | ${mdEscape(where(i))} |`
        : `| ${mdLink(i.url)} | ${mdEscape(detail(i) || i.verdict)}${i.failures > 1 ? ` (${i.failures} runs)` : ''} | ${mdEscape(where(i))} |`,
    ),
  ];
}

/** The nightly issue / step summary: a table per kind of problem; the healthy marker when clean. */
export function toMarkdown(items: readonly LinkItem[], failAfter: number, title = 'Link report'): string {
  const s = summarize(items);
  const out = [
    `## ${title}`,
    '',
    `${s.total} links checked: **${s.failing} failing**, ${s.suspect} suspect, ${s.redirected} redirected, ` +
      `${s.unknown} unknown, ${s.archived} archived, ${s.ok} ok.`,
  ];
  const section = (heading: string, note: string, rows: LinkItem[], withTarget = false) => {
    if (rows.length === 0) return;
    out.push('', `### ${heading} (${rows.length})`, '', note, '', ...table(rows, withTarget));
  };
  section('Failing', `Dead in ${failAfter} or more consecutive runs: remove or replace.`, items.filter((i) => i.state === 'failing'));
  section('Suspect', `Dead in this run only; failing if it stays dead for ${failAfter} runs.`, items.filter((i) => i.state === 'suspect'));
  section('Redirected', 'Moved permanently: update the URL (`npm run links -- --fix`).', items.filter((i) => i.verdict === 'redirected'), true);
  section('Unknown', 'Could not tell now (bot wall, timeout, 5xx, throttling): check by hand if it persists.', items.filter((i) => i.verdict === 'unknown'));
  section('Archived', 'The repository is archived: consider marking the entry legacy.', items.filter((i) => i.archived));
  if (isHealthy(items)) out.push('', 'All links are healthy.', HEALTHY_MARKER);
  return `${out.join('\n')}\n`;
}

/** GitHub workflow commands: an annotation on every line that holds a non-ok link. */
export function toGithub(items: readonly LinkItem[], failAfter: number): string {
  const lines: string[] = [];
  for (const i of items) {
    if (i.state === 'ok' && !i.archived) continue;
    const level = i.state === 'failing' ? 'error' : i.state === 'ok' ? 'notice' : 'warning';
    const title =
      i.state === 'failing' ? 'dead link' : i.state === 'suspect' ? `dead link (suspect, run ${i.failures} of ${failAfter})`
        : i.verdict === 'redirected' ? 'redirected link' : i.archived ? 'archived repository' : 'link not verifiable';
    const msg = i.verdict === 'redirected' ? `${i.url} moved permanently to ${i.finalUrl}` : `${i.url} ${detail(i)}`.trim();
    for (const s of i.sources) {
      lines.push(githubAnnotation(level, { file: s.file, line: s.line, title }, msg));
    }
  }
  const s = summarize(items);
  lines.push(`${s.total} links: ${s.ok} ok, ${s.failing} failing, ${s.suspect} suspect, ${s.redirected} redirected, ${s.unknown} unknown`);
  return `${lines.join('\n')}\n`;
}

/** Renders the report in the format `--format` asked for. */
export function formatReport(format: ReportFormat, items: readonly LinkItem[], failAfter: number): string {
  switch (format) {
    case 'json':
      return toJson(items);
    case 'markdown':
      return toMarkdown(items, failAfter);
    case 'github':
      return toGithub(items, failAfter);
    default:
      return toText(items, failAfter);
  }
}
