/**
 * The `npm run links` command (scripts/links.ts only calls `main`), in four phases so each can be
 * read and tested on its own: options (argv + config file), check (files, PR mode, signals,
 * `checkLinks`), persist (store, run history, resume marker, `--fix`) and report (format, output
 * file, step summary, exit code: 0 clean, 1 failing links, 2 usage/internal error).
 */
import { readFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { relative, resolve } from 'node:path';
import type { Finding } from '../cli/finding.ts';
import { formatFindings, parseFormat, type ReportFormat } from '../cli/format.ts';
import { parseArgv, UsageError, wantsHelp, type CliIo } from '../cli/io.ts';
import { createProgress } from '../cli/progress.ts';
import { StoreError } from '../files/json-store.ts';
import { writeFileAtomicSync } from '../files/atomic-write.ts';
import { createHttpClient, type HttpClientOptions } from '../http/index.ts';
import { appendStepSummary } from '../report/step-summary.ts';
import { endpointsFromEnv } from '../services/endpoints.ts';
import type { Clock } from '../time/clock.ts';
import { ConfigError, loadConfig, parseDuration } from './config.ts';
import { extractLinks } from './extract.ts';
import { changedFiles, collectFiles, fileAtRef } from './files.ts';
import { fixFiles } from './fix.ts';
import { runSummary } from './history.ts';
import { parseRemap, type Remap } from './normalize.ts';
import { formatReport, summaryLine, toMarkdown, REPORT_FORMATS } from './report.ts';
import { checkLinks, type CheckLinksResult, type LinkSource } from './run.ts';
import { linkStoreSpec, loadLinkStore, StoreWriter } from './store.ts';

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
  --reset-store           start from an empty store (when the store cannot be read)
  --max-age <duration>    skip URLs found working within e.g. 30m, 24h, 7d
  --fail-after <n>        consecutive dead runs before a link fails the run (default 2)
  --strict                redirected and unknown links fail the run too
  --fix                   rewrite permanently redirected URLs in place
  --remap '<from> <to>'   rewrite URL prefixes before requests (repeatable; tests, mirrors)
  --allow-private         also check loopback, private, link-local and metadata addresses
                          (refused by default: such links are reported unknown, not checked)
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
A store that cannot be read (not JSON, wrong shape, written by a newer version) is never
replaced: the run stops with exit 2 and says how to restore it; --reset-store starts afresh.
Exit codes: 0 no failing link, 1 failing links, 2 usage or internal error.
`;

const DEFAULT_STORE = 'content/data/links.json';
const MARKER = '.cache/links-run.json';
const RESUME_WINDOW_MS = 24 * 3600_000;

/** Everything a run needs, read from argv and the config file (phase 1). */
export interface LinksOptions {
  format: ReportFormat;
  output: string | undefined;
  /** Absolute paths to check. */
  paths: string[];
  /** True when no paths were given (the configured list: prune and history apply). */
  defaultPaths: boolean;
  changed: string | undefined;
  exclude: RegExp[];
  /** Whether --exclude was given on the command line (the run history then skips this run). */
  excludeFromArgs: boolean;
  maxAgeMs: number | undefined;
  remaps: Remap[];
  failAfter: number;
  strict: boolean;
  fix: boolean;
  /** Absolute store path, or undefined with --no-store. */
  storePath: string | undefined;
  resetStore: boolean;
  http: HttpClientOptions;
  github: { token: string; graphqlUrl: string } | undefined;
}

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

/** Phase 1: argv and the config file into options; a UsageError for anything wrong. Null for --help. */
export function readOptions(argv: readonly string[], io: CliIo): LinksOptions | null {
  const parsed = parseArgv(argv, {
    allowPositionals: true,
    options: {
      changed: { type: 'string' },
      exclude: { type: 'string', multiple: true },
      config: { type: 'string' },
      format: { type: 'string' },
      output: { type: 'string' },
      store: { type: 'string' },
      'no-store': { type: 'boolean' },
      'reset-store': { type: 'boolean' },
      'max-age': { type: 'string' },
      'fail-after': { type: 'string' },
      strict: { type: 'boolean' },
      fix: { type: 'boolean' },
      remap: { type: 'string', multiple: true },
      'allow-private': { type: 'boolean' },
      concurrency: { type: 'string' },
      'per-host': { type: 'string' },
      timeout: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const { values: o, positionals } = parsed;
  if (o.help) return null;
  const at = (p: string) => resolve(io.cwd, p);
  const configPath = o.config ?? 'links.config.json';
  let config;
  try {
    config = loadConfig(at(configPath), o.config !== undefined);
  } catch (e) {
    if (e instanceof ConfigError) throw new UsageError(e.message);
    throw e;
  }
  const format = parseFormat(o.format, REPORT_FORMATS);
  const maxAgeText = o['max-age'] ?? config.maxAge;
  const maxAgeMs = maxAgeText === undefined ? undefined : parseDuration(maxAgeText);
  if (maxAgeMs === null) throw new UsageError(`--max-age must be a duration like 30m, 24h or 7d, got "${maxAgeText}"`);
  const remaps = [...(o.remap ?? []), ...(config.remap ?? [])].map((spec) => {
    const r = parseRemap(spec);
    if (!r) throw new UsageError(`--remap wants '<from-prefix> <to-prefix>', got "${spec}"`);
    return r;
  });
  if (o['no-store'] && o['reset-store']) throw new UsageError('--reset-store and --no-store contradict each other');
  const timeoutMs = intOption('timeout', o.timeout, 1) ?? config.timeouts?.total ?? 20_000;
  const token = io.env.GITHUB_TOKEN?.trim();
  const graphqlUrl = endpointsFromEnv(io.env).githubGraphqlUrl;
  // Targets the operator named (remaps, the API endpoint) are trusted by the private-address guard.
  const trustedOrigins = [...remaps.map((r) => r.to), ...(token ? [graphqlUrl] : [])].flatMap((u) => {
    try {
      return [new URL(u).origin];
    } catch {
      return [];
    }
  });
  return {
    format,
    output: o.output,
    paths: (positionals.length === 0 ? (config.paths ?? ['content']) : positionals).map(at),
    defaultPaths: positionals.length === 0,
    changed: o.changed,
    exclude: [...regexes(o.exclude ?? [], '--exclude'), ...regexes(config.exclude ?? [], configPath)],
    excludeFromArgs: (o.exclude ?? []).length > 0,
    maxAgeMs,
    remaps,
    failAfter: intOption('fail-after', o['fail-after'], 1) ?? config.failAfter ?? 2,
    strict: o.strict ?? false,
    fix: o.fix ?? false,
    storePath: o['no-store'] ? undefined : at(o.store ?? config.store ?? DEFAULT_STORE),
    resetStore: o['reset-store'] ?? false,
    http: {
      concurrency: intOption('concurrency', o.concurrency, 1) ?? config.concurrency ?? 32,
      perHost: intOption('per-host', o['per-host'], 1) ?? config.perHost ?? 2,
      ...(config.hosts ? { hosts: config.hosts } : {}),
      connectTimeoutMs: Math.min(timeoutMs, config.timeouts?.connect ?? 10_000),
      headersTimeoutMs: Math.min(timeoutMs, config.timeouts?.headers ?? 10_000),
      totalTimeoutMs: timeoutMs,
      retry: { retries: config.retries ?? 2 },
      ...(config.userAgent ? { userAgent: config.userAgent } : {}),
      refusePrivateAddresses: !o['allow-private'],
      trustedOrigins,
    },
    github: token ? { token, graphqlUrl } : undefined,
  };
}

/** The files of a run and, in PR mode, which links must work now (part of phase 2). */
async function selectFiles(o: LinksOptions, io: CliIo, problems: Finding[]): Promise<{ files: string[]; mustWorkNow?: (url: string, source: LinkSource) => boolean }> {
  let files: string[];
  try {
    const collected = collectFiles(o.paths, (abs) => relative(io.cwd, abs) || abs);
    files = collected.files;
    problems.push(...collected.problems);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (o.changed === undefined) return { files };
  const ref = o.changed;
  let changed: Set<string>;
  try {
    changed = changedFiles(ref, io.cwd);
  } catch (e) {
    const msg = String((e as { stderr?: unknown }).stderr ?? (e as Error).message).trim().split('\n')[0];
    throw new UsageError(`--changed ${ref}: not a git ref here (${msg || 'git failed'})`);
  }
  files = files.filter((f) => changed.has(relative(io.cwd, f)));
  // PR mode: a link the change adds (absent from the file at the ref) must work now; links the
  // file already had keep the usual threshold, so an unrelated edit is not failed for them.
  const before = new Map<string, Set<string>>();
  for (const f of files) {
    const old = fileAtRef(ref, relative(io.cwd, f), io.cwd);
    before.set(f, new Set(old === null ? [] : (await extractLinks(f, old)).links.map((l) => l.url)));
  }
  return { files, mustWorkNow: (url, source) => !before.get(source.file)?.has(url) };
}

/** Resumes a recent run over the same inputs (its start time), or records that this one started. */
function resumeMarker(o: LinksOptions, files: readonly string[], io: CliIo, clock: Clock): string | undefined {
  const markerPath = resolve(io.cwd, MARKER);
  const inputsHash = createHash('sha256')
    .update(JSON.stringify({ files: files.map((f) => relative(io.cwd, f) || f), storePath: o.storePath, changed: o.changed ?? null }))
    .digest('hex')
    .slice(0, 16);
  try {
    const marker = JSON.parse(readFileSync(markerPath, 'utf8')) as { inputs?: string; startedAt?: string };
    const age = clock().getTime() - Date.parse(marker.startedAt ?? '');
    // Resume only a recent run over the same files: a week-old half run is better redone.
    if (marker.inputs === inputsHash && typeof marker.startedAt === 'string' && age >= 0 && age < RESUME_WINDOW_MS) {
      io.stderr.write(`links: resuming the run started ${marker.startedAt}\n`);
      return marker.startedAt;
    }
  } catch {
    // no marker: a fresh run
  }
  writeFileAtomicSync(markerPath, JSON.stringify({ inputs: inputsHash, startedAt: clock().toISOString() }));
  return undefined;
}

/** Phase 2: checks every link of the files, flushing results to the store as they arrive. */
async function check(o: LinksOptions, store: StoreWriter | undefined, io: CliIo, clock: Clock, problems: Finding[]): Promise<CheckLinksResult> {
  const { files, mustWorkNow } = await selectFiles(o, io, problems);
  const resumeFrom = store ? resumeMarker(o, files, io, clock) : undefined;
  const http = createHttpClient(o.http);
  const progress = createProgress(io.stderr, { label: 'links', unit: 'checked', plain: true, env: io.env });
  const onSignal = () => {
    store?.close();
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    return await checkLinks({
      files,
      http,
      store,
      remaps: o.remaps,
      exclude: o.exclude,
      maxAgeMs: o.maxAgeMs,
      resumeFrom,
      failAfter: o.failAfter,
      ...(mustWorkNow ? { mustWorkNow } : {}),
      strict: o.strict,
      now: clock,
      github: o.github,
      onProgress: (d, t) => progress.update(d, t),
      onProblem: (f) => problems.push({ ...f, path: relative(io.cwd, f.path) || f.path }),
    });
  } finally {
    progress.finish();
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    await http.close();
  }
}

/** Phase 3: prunes and closes the store, records the run, clears the marker, applies `--fix`. */
async function persist(o: LinksOptions, store: StoreWriter | undefined, result: CheckLinksResult, io: CliIo, clock: Clock): Promise<void> {
  const fullList = o.defaultPaths && o.changed === undefined;
  if (store) {
    if (fullList && o.exclude.length === 0) store.prune(new Set(result.items.map((i) => i.key)));
    // History: one summary per completed run over the whole list (the configured paths and
    // excludes); a PR check, a folder or an ad-hoc --exclude says nothing about the list's health.
    if (fullList && !o.excludeFromArgs) store.recordRun(runSummary(result.items, clock().toISOString()));
    store.close();
    rmSync(resolve(io.cwd, MARKER), { force: true });
  }
  if (o.fix) {
    const moves = new Map(result.items.filter((i) => i.verdict === 'redirected' && i.finalUrl).map((i) => [i.url, i.finalUrl!]));
    const touched = new Set(result.items.filter((i) => moves.has(i.url)).flatMap((i) => i.sources.map((s) => resolve(io.cwd, s.file))));
    for (const f of await fixFiles(touched, moves)) {
      io.stderr.write(`${relative(io.cwd, f.file) || f.file}:${f.line} ${f.applied ? 'fixed' : 'not fixed'} ${f.from} → ${f.to}${f.reason ? ` (${f.reason})` : ''}\n`);
    }
  }
}

/** Phase 4: the report where it was asked for, the step summary, and the exit code. */
function report(o: LinksOptions, result: CheckLinksResult, io: CliIo): number {
  const text = formatReport(o.format, result.items, o.failAfter);
  if (o.output) {
    const out = resolve(io.cwd, o.output);
    writeFileAtomicSync(out, text);
    io.stderr.write(`links: ${summaryLine(result.items, o.failAfter)}; report in ${relative(io.cwd, out) || out}\n`);
  } else io.stdout.write(text);
  appendStepSummary(toMarkdown(result.items, o.failAfter), io.env);
  return result.items.some((i) => i.state === 'failing') ? 1 : 0;
}

/** Opens the store for the run: empty with --reset-store; an unreadable one stops the run (exit 2). */
function openStore(o: LinksOptions, io: CliIo): StoreWriter | undefined | number {
  if (!o.storePath) return undefined;
  if (o.resetStore) return new StoreWriter(o.storePath, linkStoreSpec.empty());
  try {
    return new StoreWriter(o.storePath, loadLinkStore(o.storePath));
  } catch (e) {
    if (!(e instanceof StoreError)) throw e;
    const path = relative(io.cwd, e.path) || e.path;
    io.stderr.write(formatFindings('text', [{ path, line: 1, col: 1, rule: 'links/store', severity: 'error', message: e.message, hint: e.hint.replace(e.path, path) }]));
    return 2;
  }
}

/** `npm run links`: see HELP. */
export async function run(argv: readonly string[], io: CliIo, clock: Clock): Promise<number> {
  const o = readOptions(argv, io);
  if (!o) {
    io.stdout.write(HELP);
    return 0;
  }
  const store = openStore(o, io);
  if (typeof store === 'number') return store;
  const problems: Finding[] = [];
  const result = await check(o, store, io, clock, problems);
  // Relative paths in reports, so annotations and tables point into the repository.
  for (const item of result.items) for (const s of item.sources) s.file = relative(io.cwd, s.file) || s.file;
  await persist(o, store, result, io, clock);
  // Files or parts of files not read (a symbolic link, YAML the validator refuses): said, not fatal.
  io.stderr.write(formatFindings('text', problems));
  return report(o, result, io);
}
