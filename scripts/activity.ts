// `npm run activity -- [paths…] [--output FILE] [--report FILE.md] [--format text|json|github]`
// Fetches GitHub and PyPI activity for every entry and writes the activity store (the only
// writer of content/data/activity.json). Exit 0: done, nothing new to act on; 1: new findings
// (archived, stale, dormant, deprecated, renamed, missing); 2: usage error or crash.
import { readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createHttpClient } from '../src/http/index.ts';
import { collectTargets } from '../src/activity/entries.ts';
import { endpointsFromEnv } from '../src/services/endpoints.ts';
import { newFindings, renderReportMarkdown, type Finding } from '../src/activity/report.ts';
import { runActivity, type ProgressEvent } from '../src/activity/run.ts';
import { DEFAULT_STORE_PATH, loadStore, StoreError, writeStore } from '../src/activity/store.ts';
import { writeFileAtomicSync } from '../src/files/atomic-write.ts';
import { githubAnnotation } from '../src/report/annotations.ts';
import { cliClock } from '../src/time/clock.ts';

const HELP = `Usage: npm run activity -- [paths…] [options]

Fetches project activity for every entry under the given files or folders (default: content/)
and writes the activity store. Reads only the \`repo\` and \`pypi\` frontmatter fields, so it
runs on any folder of entries. Entry id = path under the nearest \`entries/\` folder without .md.

  GitHub  stars, forks, open issues, last commit, pushed at, archived, disabled, licence,
          latest release, topics, current name (renames); batched GraphQL, 100 repos a query
  PyPI    latest version and upload time, requires_python, Python versions, Development
          Status, yanked; monthly downloads when PYPI_STATS_URL is set

Entries fetched successfully within --max-age are kept as they are, so a killed run resumes
where it stopped. A failed fetch keeps the previous values (with their date) and adds an error.

Options:
  --output FILE      activity store to update (default: ${DEFAULT_STORE_PATH})
  --report FILE.md   also write a Markdown report of what is new: archived, stale, dormant,
                     deprecated, renamed and missing projects (for the nightly issue)
  --format FORMAT    text (default), json, or github (workflow annotations)
  --max-age HOURS    refetch blocks older than this (default: 20)
  --force            refetch everything (same as --max-age 0)
  --prune            drop store entries not found under the paths (default: on when no
                     paths are given, off otherwise)
  --max-wait MIN     longest GitHub rate-limit wait accepted (default: 15)
  --pypi-concurrency N   PyPI projects fetched at once (default: 8)
  -h, --help         show this help

Environment:
  GITHUB_TOKEN        required for GitHub (GraphQL refuses anonymous calls); never printed.
                      Without it GitHub is skipped with a note and previous values are kept.
  GITHUB_GRAPHQL_URL  default https://api.github.com/graphql
  GITHUB_API_URL      default https://api.github.com
  PYPI_URL            default https://pypi.org
  PYPI_STATS_URL      pypistats-style base URL (serves /api/packages/<name>/recent); optional

Exit codes: 0 nothing new to act on, 1 new findings, 2 usage error or crash.
`;

function usage(message: string): never {
  process.stderr.write(`activity: ${message}\nhint: npm run activity -- --help\n`);
  process.exit(2);
}

function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      output: { type: 'string', default: DEFAULT_STORE_PATH },
      report: { type: 'string' },
      format: { type: 'string', default: 'text' },
      'max-age': { type: 'string', default: '20' },
      force: { type: 'boolean', default: false },
      prune: { type: 'boolean' },
      'max-wait': { type: 'string', default: '15' },
      'pypi-concurrency': { type: 'string', default: '8' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}

/** A numeric option, >= 0 (or > 0 with `allowZero` false); a usage error otherwise. */
function numberOption(name: string, raw: string, allowZero = true): number {
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0 || (!allowZero && n === 0)) usage(`--${name} must be a ${allowZero ? 'non-negative' : 'positive'} number, got "${raw}"`);
  return n;
}

/** Progress: a bar redrawn in place on a TTY, one plain line per GitHub batch / 100 PyPI projects otherwise. */
function progressReporter(): (e: ProgressEvent) => void {
  const tty = Boolean(process.stderr.isTTY) && !process.env.CI;
  const state = { github: '', pypi: '' };
  return (e) => {
    if (e.source === 'github-wait') {
      process.stderr.write(`${tty ? '\n' : ''}github: waiting ${(e.ms / 1000).toFixed(1)} s (${e.reason.replace(/-/g, ' ')})\n`);
      return;
    }
    if (e.source === 'github') state.github = `github ${e.done}/${e.total} (${e.requests} req)`;
    else {
      state.pypi = `pypi ${e.done}/${e.total}`;
      if (!tty && e.done % 100 !== 0 && e.done !== e.total) return;
    }
    const line = [state.github, state.pypi].filter(Boolean).join('  ');
    if (tty) process.stderr.write(`\r${line}\x1b[K`);
    else process.stderr.write(`${e.source === 'github' ? state.github : state.pypi}\n`);
  };
}

function formatFindings(findings: readonly Finding[], format: 'text' | 'github'): string {
  return findings
    .map((f) =>
      format === 'github'
        ? githubAnnotation('warning', { file: f.file, line: f.line, col: f.col, title: `activity/${f.kind}` }, `${f.message}. Fix: ${f.hint}`)
        : `${f.file}:${f.line}:${f.col}  activity/${f.kind}  ${f.message}\n    fix: ${f.hint}`,
    )
    .join('\n');
}

/** Leftover temp files of a killed run (the rename never happened): safe to remove. */
function removeStaleTemps(storePath: string): void {
  const dir = dirname(storePath);
  const prefix = `.${basename(storePath)}.`;
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const n of names) if (n.startsWith(prefix) && n.endsWith('.tmp')) rmSync(join(dir, n), { force: true });
}

async function main(): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse();
  } catch (err) {
    usage((err as Error).message);
  }
  const v = args.values;
  if (v.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const format = v.format;
  if (format !== 'text' && format !== 'github' && format !== 'json') usage(`unknown format "${format}" (use text, json or github)`);
  const maxAgeHours = v.force ? 0 : numberOption('max-age', v['max-age']);
  const maxWaitMin = numberOption('max-wait', v['max-wait']);
  const pypiConcurrency = Math.floor(numberOption('pypi-concurrency', v['pypi-concurrency'], false));
  const paths = args.positionals.length > 0 ? args.positionals : ['content'];
  const prune = v.prune ?? args.positionals.length === 0;

  let collected: ReturnType<typeof collectTargets>;
  try {
    collected = collectTargets(paths);
  } catch (err) {
    usage((err as Error).message);
  }
  for (const p of collected.problems) {
    process.stderr.write(format === 'github'
      ? `${githubAnnotation('warning', { file: p.file, line: p.line, col: p.col, title: p.rule }, `${p.message}. Fix: ${p.hint}`)}\n`
      : `${p.file}:${p.line}:${p.col}  ${p.rule}  ${p.message}\n    fix: ${p.hint}\n`);
  }

  const clock = cliClock('activity');
  const storePath = resolve(v.output);
  let previous;
  try {
    previous = loadStore(storePath);
  } catch (err) {
    if (err instanceof StoreError) {
      process.stderr.write(`${v.output}  activity/store  ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  removeStaleTemps(storePath);

  const { githubGraphqlUrl: graphqlUrl, pypiUrl, pypiStatsUrl } = endpointsFromEnv();
  const token = process.env.GITHUB_TOKEN?.trim() || undefined;
  const pypiHost = new URL(pypiUrl).host;
  const http = createHttpClient({
    perHost: 2,
    hosts: { [pypiHost]: { concurrency: Math.max(pypiConcurrency, new URL(graphqlUrl).host === pypiHost ? pypiConcurrency + 1 : 0) } },
    userAgent: 'python-atlas-activity (+https://github.com/python-atlas)',
  });
  const started = Date.now();
  try {
    const { store, summary } = await runActivity({
      targets: collected.targets,
      previous,
      save: (s) => writeStore(storePath, s),
      http,
      token,
      graphqlUrl,
      pypiUrl,
      pypiStatsUrl,
      pypiConcurrency,
      maxAgeMs: maxAgeHours * 3600_000,
      prune,
      now: clock,
      githubPolicy: { maxWaitMs: maxWaitMin * 60_000, totalWaitMs: Math.max(maxWaitMin, 1) * 2 * 60_000 },
      onProgress: progressReporter(),
    });
    if (process.stderr.isTTY && !process.env.CI) process.stderr.write('\n');
    const findings = newFindings(previous, store, collected.targets, clock());
    if (v.report) writeFileAtomicSync(resolve(v.report), renderReportMarkdown(findings, summary, store));
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (format === 'json') {
      const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
      process.stdout.write(`${JSON.stringify({ summary, findings, store: v.output, seconds: Number(seconds), peakRssMb }, null, 2)}\n`);
    } else {
      if (summary.github.skipped) process.stderr.write(`note: ${summary.github.skipped}\n`);
      if (findings.length) process.stdout.write(`${formatFindings(findings, format)}\n`);
      const g = summary.github;
      const p = summary.pypi;
      process.stdout.write(
        `activity: ${collected.targets.length} entries in ${seconds} s; GitHub ${g.found} found, ${g.missing} missing, ${g.errors} failed, ${g.fresh} fresh (${g.requests} requests); ` +
          `PyPI ${p.found} found, ${p.missing} missing, ${p.errors} failed, ${p.fresh} fresh; ${summary.notGithub} not on GitHub; ` +
          `${findings.length} new finding${findings.length === 1 ? '' : 's'}; store ${v.output}${v.report ? `; report ${v.report}` : ''}\n`,
      );
    }
    return findings.length > 0 ? 1 : 0;
  } finally {
    await http.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`activity: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(2);
  },
);
