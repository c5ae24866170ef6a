/**
 * What changed since the last run that a maintainer should act on: projects newly archived,
 * stale or dormant, deprecated on PyPI, renamed, or missing — each judged by the signals of
 * health.ts on the previous store (at its own fetch time) and on the new one (now). Pure; the CLI
 * prints it and writes it as Markdown for the nightly issue.
 */
import type { Finding } from '../cli/finding.ts';
import type { ActivityStore, EntryActivity } from '../schemas/activity.ts';
import { activitySignals, type ActivitySignals } from './health.ts';
import type { ActivityTarget } from './entries.ts';
import type { RunSummary } from './run.ts';
import { markdownCode, markdownText } from '../report/escape.ts';

export type FindingKind = 'archived' | 'dormant' | 'stale' | 'deprecated' | 'renamed' | 'missing';

export const FINDING_KINDS: readonly FindingKind[] = ['archived', 'missing', 'renamed', 'deprecated', 'dormant', 'stale'];

/** A change worth acting on: a finding (rule `activity/<kind>`, a warning at the entry's field) with its kind and entry id. */
export interface ActivityFinding extends Finding {
  kind: FindingKind;
  id: string;
  hint: string;
}

const HEADINGS: Record<FindingKind, string> = {
  archived: 'Newly archived',
  missing: 'Missing (repository or PyPI project gone)',
  renamed: 'Renamed (update the entry)',
  deprecated: 'Deprecated on PyPI (Development Status: Inactive)',
  dormant: 'Newly dormant (no commit in 2 years)',
  stale: 'Newly stale (no commit in 12 months)',
};

function describe(kind: FindingKind, a: EntryActivity): { message: string; hint: string } {
  const gh = a.github;
  const since = gh?.lastCommit ?? gh?.pushedAt;
  switch (kind) {
    case 'archived':
      return { message: `${gh?.repo} is archived on GitHub`, hint: 'consider status: legacy or an alternative' };
    case 'missing':
      return gh?.missing
        ? { message: `${gh.repo} no longer exists on GitHub`, hint: 'find where the project moved, or remove the repo field' }
        : { message: `PyPI project ${a.pypi?.name} does not exist`, hint: 'check the pypi field spelling' };
    case 'renamed':
      return { message: `${gh?.repo} is now ${gh?.currentRepo}`, hint: `set repo: ${gh?.url ?? `https://github.com/${gh?.currentRepo}`}` };
    case 'deprecated':
      return { message: `PyPI project ${a.pypi?.name} is marked Development Status 7 - Inactive`, hint: 'consider status: legacy' };
    case 'dormant':
      return { message: `${gh?.repo}: last commit ${since?.slice(0, 10)}, over two years ago`, hint: 'check whether the project is still maintained' };
    case 'stale':
      return { message: `${gh?.repo}: last commit ${since?.slice(0, 10)}, over a year ago`, hint: 'keep an eye on it' };
  }
}

/** The time the previous store's signals are judged at: when that block was fetched. */
function previousNow(a: EntryActivity | undefined, store: ActivityStore): Date {
  const t = a?.github?.fetchedAt ?? store.fetchedAt;
  return t ? new Date(t) : new Date(0);
}

/**
 * Findings that are new in `next` compared with `previous`. Dormant replaces stale, and an
 * archived repository is not also reported stale or dormant (one line per project and problem).
 */
export function newFindings(previous: ActivityStore, next: ActivityStore, targets: readonly ActivityTarget[], now: Date): ActivityFinding[] {
  const findings: ActivityFinding[] = [];
  for (const t of targets) {
    const a = next.entries[t.id];
    if (!a) continue;
    const before = previous.entries[t.id];
    const was: ActivitySignals | null = before ? activitySignals(before, previousNow(before, previous)) : null;
    const is = activitySignals(a, now);
    for (const kind of FINDING_KINDS) {
      if (!is[kind] || was?.[kind]) continue;
      if (kind === 'stale' && is.dormant) continue;
      if ((kind === 'stale' || kind === 'dormant') && is.archived) continue; // archived says it all
      const at = kind === 'missing' && !a.github?.missing ? t.pypi : kind === 'deprecated' ? t.pypi : t.repo;
      findings.push({ kind, id: t.id, path: t.file, line: at?.line ?? 1, col: at?.col ?? 1, rule: `activity/${kind}`, severity: 'warning', ...describe(kind, a) });
    }
  }
  return findings;
}

/** Markdown for the nightly issue: counts, then one section per kind of finding, then failures. */
export function renderReportMarkdown(findings: readonly ActivityFinding[], summary: RunSummary, store: ActivityStore): string {
  const lines: string[] = ['## Project activity', ''];
  lines.push(
    `Fetched ${store.fetchedAt ?? 'never'}. GitHub: ${summary.github.found} found, ${summary.github.missing} missing, ${summary.github.errors} failed, ${summary.github.fresh} still fresh (${summary.github.requests} GraphQL requests). PyPI: ${summary.pypi.found} found, ${summary.pypi.missing} missing, ${summary.pypi.errors} failed, ${summary.pypi.fresh} still fresh.`,
  );
  if (summary.github.skipped) lines.push('', `> ${summary.github.skipped}`);
  if (findings.length === 0) lines.push('', 'Nothing new to act on.');
  for (const kind of FINDING_KINDS) {
    const of = findings.filter((f) => f.kind === kind);
    if (of.length === 0) continue;
    lines.push('', `### ${HEADINGS[kind]} (${of.length})`, '');
    for (const f of of) lines.push(`- ${markdownCode(f.id)} (${markdownText(`${f.path}:${f.line}`)}): ${markdownText(f.message)}. ${markdownText(`${f.hint[0]?.toUpperCase()}${f.hint.slice(1)}`)}.`);
  }
  if (summary.failures.length > 0) {
    lines.push('', `### Fetch failures (${summary.failures.length}, previous values kept)`, '');
    for (const f of summary.failures.slice(0, 50)) lines.push(`- ${markdownCode(f.id)} (${f.source}): ${markdownText(f.error)}`);
    if (summary.failures.length > 50) lines.push(`- … and ${summary.failures.length - 50} more`);
  }
  return `${lines.join('\n')}\n`;
}
