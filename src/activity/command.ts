/**
 * The `npm run activity` command (scripts/activity.ts only calls `main`): fetches GitHub and PyPI
 * activity for every entry and writes the activity store (the only writer of
 * content/data/activity.json). Exit 0: done, nothing new to act on; 1: new findings (archived,
 * stale, dormant, deprecated, renamed, missing); 2: usage error, an unreadable store, most
 * fetches failed (the nightly must not call the list healthy on no data), or a crash.
 */
import { readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { formatFindings, parseFormat } from '../cli/format.ts';
import { parseArgv, UsageError, wantsHelp, type CliIo } from '../cli/io.ts';
import { createProgress, type Progress } from '../cli/progress.ts';
import { writeFileAtomicSync } from '../files/atomic-write.ts';
import { StoreError } from '../files/json-store.ts';
import { createHttpClient } from '../http/index.ts';
import { endpointsFromEnv } from '../services/endpoints.ts';
import type { Clock } from '../time/clock.ts';
import { collectTargets } from './entries.ts';
import { followMovedEntries } from './moves.ts';
import { loadRedirects } from '../content/redirects.ts';
import { newFindings, renderReportMarkdown } from './report.ts';
import { runActivity, type ProgressEvent, type RunSummary } from './run.ts';
import { DEFAULT_STORE_PATH, loadActivityStore, writeActivityStore } from './store.ts';

export const HELP = `Usage: npm run activity -- [paths…] [options]

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

Exit codes: 0 nothing new to act on, 1 new findings, 2 usage error, an unreadable store, most
fetches failed (over half of the GitHub and PyPI look-ups), or a crash.
`;

const FORMATS = ['text', 'json', 'github'] as const;

/** A numeric option, >= 0 (or > 0 with `allowZero` false); a usage error otherwise. */
function numberOption(name: string, raw: string, allowZero = true): number {
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0 || (!allowZero && n === 0)) throw new UsageError(`--${name} must be a ${allowZero ? 'non-negative' : 'positive'} number, got "${raw}"`);
  return n;
}

/** Feeds the run's events to the one progress reporter: GitHub and PyPI counted together. */
function progressFeed(progress: Progress): (e: ProgressEvent) => void {
  const state = { github: { done: 0, total: 0, requests: 0 }, pypi: { done: 0, total: 0 } };
  return (e) => {
    if (e.source === 'github-wait') {
      progress.note(`github: waiting ${(e.ms / 1000).toFixed(1)} s (${e.reason.replace(/-/g, ' ')})`);
      return;
    }
    if (e.source === 'github') state.github = { done: e.done, total: e.total, requests: e.requests };
    else state.pypi = { done: e.done, total: e.total };
    const { github: g, pypi: p } = state;
    const detail = [g.total ? `github ${g.done}/${g.total} (${g.requests} req)` : '', p.total ? `pypi ${p.done}/${p.total}` : ''].filter(Boolean).join(', ');
    progress.update(g.done + p.done, g.total + p.total, detail);
  };
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

/**
 * Whether most look-ups failed (errors, not missing projects): more than half of what was asked
 * of GitHub (when it was asked at all) and PyPI together. Such a run says nothing about the list.
 */
export function mostFetchesFailed(summary: RunSummary): { failed: number; asked: number } | null {
  const github = summary.github.skipped ? 0 : summary.github.requested;
  const asked = github + summary.pypi.requested;
  const failed = (summary.github.skipped ? 0 : summary.github.errors) + summary.pypi.errors;
  return asked > 0 && failed * 2 > asked ? { failed, asked } : null;
}

/** `npm run activity`: see HELP. */
export async function run(argv: readonly string[], io: CliIo, clock: Clock): Promise<number> {
  const args = parseArgv(argv, {
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
  const v = args.values;
  if (wantsHelp(v, io, HELP)) return 0;
  const format = parseFormat(v.format, FORMATS);
  const maxAgeHours = v.force ? 0 : numberOption('max-age', v['max-age']);
  const maxWaitMin = numberOption('max-wait', v['max-wait']);
  const pypiConcurrency = Math.floor(numberOption('pypi-concurrency', v['pypi-concurrency'], false));
  const paths = args.positionals.length > 0 ? args.positionals : ['content'];
  const prune = v.prune ?? args.positionals.length === 0;

  let collected: ReturnType<typeof collectTargets>;
  try {
    collected = collectTargets(paths, io.cwd);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  io.stderr.write(formatFindings(format === 'github' ? 'github' : 'text', collected.problems));

  const storePath = resolve(io.cwd, v.output);
  let previous;
  try {
    previous = loadActivityStore(storePath);
  } catch (err) {
    if (!(err instanceof StoreError)) throw err;
    io.stderr.write(formatFindings('text', [{ path: v.output, line: 1, col: 1, rule: 'activity/store', severity: 'error', message: err.message, hint: err.hint.replace(storePath, v.output) }]));
    return 2;
  }
  removeStaleTemps(storePath);
  // Entries that moved (content/redirects.yaml) keep their activity and history under their new id.
  const followed = followMovedEntries(previous, loadRedirects(resolve(io.cwd, io.env.ATLAS_CONTENT_DIR || 'content')).entries ?? {});
  previous = followed.store;
  if (followed.moved.length) io.stderr.write(`activity: carried the activity of ${followed.moved.length === 1 ? '1 moved entry to its new id' : `${followed.moved.length} moved entries to their new ids`}\n`);

  const { githubGraphqlUrl: graphqlUrl, pypiUrl, pypiStatsUrl } = endpointsFromEnv(io.env);
  const token = io.env.GITHUB_TOKEN?.trim() || undefined;
  const pypiHost = new URL(pypiUrl).host;
  const http = createHttpClient({
    perHost: 2,
    hosts: { [pypiHost]: { concurrency: Math.max(pypiConcurrency, new URL(graphqlUrl).host === pypiHost ? pypiConcurrency + 1 : 0) } },
    userAgent: 'python-atlas-activity (+https://github.com/python-atlas)',
  });
  const progress = createProgress(io.stderr, { label: 'activity', unit: 'fetched', plain: true, env: io.env });
  const started = performance.now();
  try {
    const { store, summary } = await runActivity({
      targets: collected.targets,
      previous,
      save: (s) => writeActivityStore(storePath, s),
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
      onProgress: progressFeed(progress),
    });
    progress.finish();
    const findings = newFindings(previous, store, collected.targets, clock());
    if (v.report) writeFileAtomicSync(resolve(io.cwd, v.report), renderReportMarkdown(findings, summary, store));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (format === 'json') {
      const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
      io.stdout.write(`${JSON.stringify({ summary, findings, store: v.output, seconds: Number(seconds), peakRssMb }, null, 2)}\n`);
    } else {
      if (summary.github.skipped) io.stderr.write(`note: ${summary.github.skipped}\n`);
      io.stdout.write(formatFindings(format, findings));
      const g = summary.github;
      const p = summary.pypi;
      io.stdout.write(
        `activity: ${collected.targets.length} entries in ${seconds} s; GitHub ${g.found} found, ${g.missing} missing, ${g.errors} failed, ${g.fresh} fresh (${g.requests} requests); ` +
          `PyPI ${p.found} found, ${p.missing} missing, ${p.errors} failed, ${p.fresh} fresh; ${summary.notGithub} not on GitHub; ` +
          `${findings.length} new finding${findings.length === 1 ? '' : 's'}; store ${v.output}${v.report ? `; report ${v.report}` : ''}\n`,
      );
    }
    const failing = mostFetchesFailed(summary);
    if (failing) {
      const first = summary.failures[0]?.error;
      io.stderr.write(`activity: ${failing.failed} of ${failing.asked} fetches failed${first ? ` (first: ${first})` : ''}; previous values were kept, but this run says nothing about the list\n`);
      return 2;
    }
    return findings.length > 0 ? 1 : 0;
  } finally {
    progress.finish();
    await http.close();
  }
}
