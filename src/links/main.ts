/**
 * The `npm run links` command as a function (scripts/links.ts only wires it to the process), so
 * tests run it in-process: parses options, merges the config file, picks the files, runs
 * `checkLinks`, keeps the store, its run history and the resume marker, applies `--fix`, writes the report and the
 * GitHub step summary, and returns the exit code (0 clean, 1 failing links, 2 usage/internal).
 */
import { readFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { endpointsFromEnv } from '../services/endpoints.ts';
import { createHttpClient } from '../http/index.ts';
import { appendStepSummary } from '../report/step-summary.ts';
import { ConfigError, loadConfig, parseDuration } from './config.ts';
import { extractLinks } from './extract.ts';
import { changedFiles, collectFiles, fileAtRef } from './files.ts';
import { fixFiles } from './fix.ts';
import { parseRemap, type Remap } from './normalize.ts';
import { createProgress } from './progress.ts';
import { formatReport, REPORT_FORMATS, summaryLine, toMarkdown, type ReportFormat } from './report.ts';
import { runSummary } from './history.ts';
import { checkLinks } from './run.ts';
import { writeFileAtomicSync } from '../files/atomic-write.ts';
import { loadStore, StoreWriter } from './store.ts';
import { ClockError, clockFromEnv, type Clock } from '../time/clock.ts';

/** `--help` text; also the reference for the README. */
export const HELP = `Usage: npm run links -- [paths…] [options]

Checks every http(s) link of Markdown files (frontmatter URL values and body links/images) and
YAML files. Paths are files or folders (default: "paths" of the config, else content/).

Options
  --changed <git-ref>     only files changed since the ref (PR mode: a link the change adds
                          must work now; links the files already had keep the threshold)
  --exclude <regex>       skip URLs matching (repeatable)
  --config <file>         settings file (default: links.config.json when present)
  --format <f>            text | json | markdown | github (default text)
  --output <file>         write the report to a file instead of stdout
  --store <file>          results store (default content/data/links.json)
  --no-store              neither read nor write the store
  --max-age <duration>    skip URLs found working within e.g. 30m, 24h, 7d
  --fail-after <n>        consecutive dead runs before a link fails the run (default 2)
  --strict                redirected and unknown links fail the run too
  --fix                   rewrite permanently redirected URLs in place
  --remap '<from> <to>'   rewrite URL prefixes before requests (repeatable; tests, mirrors)
  --concurrency <n>       requests in flight overall (default 32)
  --per-host <n>          requests in flight per host (default 2)
  --timeout <ms>          total time budget of one request (default 20000)
  -h, --help              this help

GitHub repository links are checked through the GraphQL API (batches of 100) when GITHUB_TOKEN
is set (GITHUB_GRAPHQL_URL overrides the endpoint). In GitHub Actions a Markdown summary is
appended to $GITHUB_STEP_SUMMARY.
A completed run over the configured paths (no paths given, no --changed, no --exclude) adds one
line of counts per verdict to the store's run history (the newest 120 runs), which the site's
stats page draws as link health over time.
Exit codes: 0 no failing link, 1 failing links, 2 usage or internal error.
`;

export interface CliIo {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean; columns?: number };
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** "Now" for the store and the run history; default: the real clock or ATLAS_NOW. */
  clock?: Clock;
}

class UsageError extends Error {}

const DEFAULT_STORE = 'content/data/links.json';
const MARKER = '.cache/links-run.json';
const RESUME_WINDOW_MS = 24 * 3600_000;

function intOption(name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} must be an integer >= ${min}, got "${value}"`);
  return n;
}

function regexes(list: readonly string[], origin: string): RegExp[] {
  return list.map((src) => {
    try {
      return new RegExp(src);
    } catch (e) {
      throw new UsageError(`${origin}: invalid regular expression ${JSON.stringify(src)} (${(e as Error).message})`);
    }
  });
}

/** Runs the command; never throws. */
export async function runLinksCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (e) {
    if (e instanceof UsageError || e instanceof ConfigError) {
      io.stderr.write(`links: ${e.message}\nhint: npm run links -- --help\n`);
      return 2;
    }
    io.stderr.write(`links: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        changed: { type: 'string' },
        exclude: { type: 'string', multiple: true },
        config: { type: 'string' },
        format: { type: 'string' },
        output: { type: 'string' },
        store: { type: 'string' },
        'no-store': { type: 'boolean' },
        'max-age': { type: 'string' },
        'fail-after': { type: 'string' },
        strict: { type: 'boolean' },
        fix: { type: 'boolean' },
        remap: { type: 'string', multiple: true },
        concurrency: { type: 'string' },
        'per-host': { type: 'string' },
        timeout: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values: o, positionals } = parsed;
  if (o.help) {
    io.stdout.write(HELP);
    return 0;
  }
  let clock: Clock;
  try {
    clock = io.clock ?? clockFromEnv(io.env);
  } catch (e) {
    if (e instanceof ClockError) throw new UsageError(e.message);
    throw e;
  }
  const at = (p: string) => resolve(io.cwd, p);
  const configPath = o.config ?? 'links.config.json';
  const config = loadConfig(at(configPath), o.config !== undefined);

  const format = (o.format ?? 'text') as ReportFormat;
  if (!REPORT_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${REPORT_FORMATS.join(', ')}, got "${o.format}"`);
  const maxAgeText = o['max-age'] ?? config.maxAge;
  const maxAgeMs = maxAgeText === undefined ? undefined : parseDuration(maxAgeText);
  if (maxAgeMs === null) throw new UsageError(`--max-age must be a duration like 30m, 24h or 7d, got "${maxAgeText}"`);
  const remaps: Remap[] = [...(o.remap ?? []), ...(config.remap ?? [])].map((spec) => {
    const r = parseRemap(spec);
    if (!r) throw new UsageError(`--remap wants '<from-prefix> <to-prefix>', got "${spec}"`);
    return r;
  });
  const exclude = [...regexes(o.exclude ?? [], '--exclude'), ...regexes(config.exclude ?? [], configPath)];
  const changedMode = o.changed !== undefined;
  const failAfter = intOption('fail-after', o['fail-after'], 1) ?? config.failAfter ?? 2;

  // Files.
  const defaultPaths = positionals.length === 0;
  const paths = (defaultPaths ? (config.paths ?? ['content']) : positionals).map(at);
  let files: string[];
  try {
    files = collectFiles(paths);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (changedMode) {
    let changed: Set<string>;
    try {
      changed = changedFiles(o.changed!, io.cwd);
    } catch (e) {
      const msg = String((e as { stderr?: unknown }).stderr ?? (e as Error).message).trim().split('\n')[0];
      throw new UsageError(`--changed ${o.changed}: not a git ref here (${msg || 'git failed'})`);
    }
    files = files.filter((f) => changed.has(relative(io.cwd, f)));
  }
  // PR mode: a link the change adds (absent from the file at the ref) must work now; links the
  // file already had keep the usual threshold, so an unrelated edit is not failed for them.
  let mustWorkNow: ((url: string, source: { file: string }) => boolean) | undefined;
  if (changedMode) {
    const before = new Map<string, Set<string>>();
    for (const f of files) {
      const old = fileAtRef(o.changed!, relative(io.cwd, f), io.cwd);
      before.set(f, new Set(old === null ? [] : (await extractLinks(f, old)).map((l) => l.url)));
    }
    mustWorkNow = (url, source) => !before.get(source.file)?.has(url);
  }
  const shown = (f: string) => relative(io.cwd, f) || f;

  // Store and resume marker.
  const storePath = at(o.store ?? config.store ?? DEFAULT_STORE);
  const useStore = !o['no-store'];
  const problems: string[] = [];
  const store = useStore ? new StoreWriter(storePath, loadStore(storePath, (m) => problems.push(m))) : undefined;
  const markerPath = at(MARKER);
  const inputsHash = createHash('sha256')
    .update(JSON.stringify({ files: files.map(shown), storePath, changed: o.changed ?? null }))
    .digest('hex')
    .slice(0, 16);
  let resumeFrom: string | undefined;
  if (store) {
    try {
      const marker = JSON.parse(readFileSync(markerPath, 'utf8')) as { inputs?: string; startedAt?: string };
      const age = clock().getTime() - Date.parse(marker.startedAt ?? '');
      // Resume only a recent run over the same files: a week-old half run is better redone.
      if (marker.inputs === inputsHash && typeof marker.startedAt === 'string' && age >= 0 && age < RESUME_WINDOW_MS) {
        resumeFrom = marker.startedAt;
      }
    } catch {
      // no marker: a fresh run
    }
    if (!resumeFrom) {
      writeFileAtomicSync(markerPath, JSON.stringify({ inputs: inputsHash, startedAt: clock().toISOString() }));
    } else io.stderr.write(`links: resuming the run started ${resumeFrom}\n`);
  }

  const timeoutMs = intOption('timeout', o.timeout, 1) ?? config.timeouts?.total ?? 20_000;
  const http = createHttpClient({
    concurrency: intOption('concurrency', o.concurrency, 1) ?? config.concurrency ?? 32,
    perHost: intOption('per-host', o['per-host'], 1) ?? config.perHost ?? 2,
    ...(config.hosts ? { hosts: config.hosts } : {}),
    connectTimeoutMs: Math.min(timeoutMs, config.timeouts?.connect ?? 10_000),
    headersTimeoutMs: Math.min(timeoutMs, config.timeouts?.headers ?? 10_000),
    totalTimeoutMs: timeoutMs,
    retry: { retries: config.retries ?? 2 },
    ...(config.userAgent ? { userAgent: config.userAgent } : {}),
  });

  const token = io.env.GITHUB_TOKEN?.trim();
  // A bar only on a real terminal; CI logs get plain lines even when the runner fakes a TTY.
  const progress = createProgress(io.env.CI ? { write: (s: string) => io.stderr.write(s) } : io.stderr, 'links');
  const onSignal = () => {
    store?.close();
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  let result;
  try {
    result = await checkLinks({
      files,
      http,
      store,
      remaps,
      exclude,
      maxAgeMs,
      resumeFrom,
      failAfter,
      ...(mustWorkNow ? { mustWorkNow } : {}),
      strict: o.strict ?? false,
      now: clock,
      github: token ? { token, graphqlUrl: endpointsFromEnv(io.env).githubGraphqlUrl } : undefined,
      onProgress: (d, t) => progress.update(d, t),
      onProblem: (m) => problems.push(m),
    });
  } finally {
    progress.finish();
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    await http.close();
  }
  // Relative paths in reports, so annotations and tables point into the repository.
  for (const item of result.items) for (const s of item.sources) s.file = shown(s.file);

  if (store) {
    if (defaultPaths && !changedMode && exclude.length === 0) {
      store.prune(new Set(result.items.map((i) => i.key)));
    }
    // History: one summary per completed run over the whole list (the configured paths and
    // excludes); a PR check, a folder or an ad-hoc --exclude says nothing about the list's health.
    if (defaultPaths && !changedMode && (o.exclude ?? []).length === 0) {
      store.recordRun(runSummary(result.items, clock().toISOString()));
    }
    store.close();
    rmSync(markerPath, { force: true });
  }
  for (const p of problems) io.stderr.write(`links: ${p}\n`);

  if (o.fix) {
    const moves = new Map(result.items.filter((i) => i.verdict === 'redirected' && i.finalUrl).map((i) => [i.url, i.finalUrl!]));
    const touched = new Set(result.items.filter((i) => moves.has(i.url)).flatMap((i) => i.sources.map((s) => at(s.file))));
    for (const f of await fixFiles(touched, moves)) {
      io.stderr.write(`${shown(f.file)}:${f.line} ${f.applied ? 'fixed' : 'not fixed'} ${f.from} → ${f.to}${f.reason ? ` (${f.reason})` : ''}\n`);
    }
  }

  const report = formatReport(format, result.items, failAfter);
  if (o.output) {
    const out = at(o.output);
    writeFileAtomicSync(out, report);
    io.stderr.write(`links: ${summaryLine(result.items, failAfter)}; report in ${shown(out)}\n`);
  } else io.stdout.write(report);
  appendStepSummary(toMarkdown(result.items, failAfter), io.env);
  return result.items.some((i) => i.state === 'failing') ? 1 : 0;
}
