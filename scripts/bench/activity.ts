// `npm run bench:activity [-- --entries 1000 --runs 3 --latency 50 --no-pypi]`
// Measures `npm run activity` against the link farm's fake GitHub GraphQL and PyPI
// (../shared/linkfarm relative to the repository root, 127.0.0.200): requests sent to GraphQL
// (goal <= 12 for 1,000 entries), wall time (goal < 10 s) and peak memory, median of N runs,
// for entries with `repo:` only and (unless --no-pypi) entries with `repo:` and `pypi:`.
// Skips with a message when the farm is absent. Only loopback addresses are contacted.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = resolve(import.meta.dirname, '../..');
const FARM_DIR = process.env.LINKFARM_DIR ?? resolve(ROOT, '../shared/linkfarm');
const API_HOST = '127.0.0.200';

const USAGE = 'Usage: npm run bench:activity -- [--entries 1000] [--runs 3] [--latency 50] [--no-pypi] [--json FILE]\n';
function usage(message: string): never {
  process.stderr.write(`bench:activity: ${message}\n${USAGE}`);
  process.exit(2);
}
let parsed;
try {
  parsed = parseArgs({
    options: {
      entries: { type: 'string', default: '1000' },
      runs: { type: 'string', default: '3' },
      latency: { type: 'string', default: '50' },
      'no-pypi': { type: 'boolean', default: false },
      json: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
} catch (e) {
  usage((e as Error).message);
}
const opt = parsed.values;
if (opt.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
// A count that is not a number used to run nothing and crash on the empty result.
if (!/^[1-9]\d*$/.test(opt.entries)) usage(`--entries must be a positive integer, got "${opt.entries}"`);
if (!/^[1-9]\d*$/.test(opt.runs)) usage(`--runs must be a positive integer, got "${opt.runs}"`);
if (!/^\d+$/.test(opt.latency)) usage(`--latency must be a whole number of ms, got "${opt.latency}"`);
const ENTRIES = Number(opt.entries);
const RUNS = Number(opt.runs);

if (!existsSync(join(FARM_DIR, 'farm.mjs')) || !existsSync(join(FARM_DIR, 'corpus.mjs'))) {
  process.stdout.write(`bench:activity skipped: the link farm is not at ${FARM_DIR} (set LINKFARM_DIR to point at it)\n`);
  process.exit(0);
}

/** A port free on the farm's API address right now. */
function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.once('error', rej);
    srv.listen(0, API_HOST, () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? res(addr.port) : rej(new Error('no port'))));
    });
  });
}

async function waitForFarm(port: number, child: ReturnType<typeof spawn>): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the farm exited (${child.exitCode})`);
    try {
      await getJson(`http://127.0.0.1:${port}/__reset`);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error('the farm did not start within 10 s');
}

async function getJson(url: string): Promise<unknown> {
  const { request } = await import('undici');
  // Bounded: a farm that accepts but never answers must not hold the start-up loop for 5 min.
  const res = await request(url, { headersTimeout: 5_000, bodyTimeout: 5_000 });
  const text = await res.body.text();
  return text ? JSON.parse(text) : null;
}

/** Adds `pypi: <name>` to every generated entry (the farm answers /pypi/<name>/json). */
function addPypi(entriesDir: string): number {
  let n = 0;
  for (const rel of readdirSync(entriesDir, { recursive: true, encoding: 'utf8' })) {
    if (!rel.endsWith('.md')) continue;
    const file = join(entriesDir, rel);
    const text = readFileSync(file, 'utf8');
    const name = rel.replace(/^.*\//, '').replace(/\.md$/, '');
    writeFileSync(file, text.replace(/^---\n/, `---\npypi: ${name}\n`));
    n++;
  }
  return n;
}

interface RunFigures {
  wallS: number;
  graphql: number;
  pypiGets: number;
  peakRssMb: number;
  found: number;
  missing: number;
  failed: number;
  pypiFound: number;
  exit: number | null;
}

function runActivity(entries: string, store: string, port: number): Promise<{ code: number | null; out: string; err: string; wallS: number }> {
  rmSync(store, { force: true });
  const env = {
    ...process.env,
    GITHUB_TOKEN: 'farm',
    GITHUB_GRAPHQL_URL: `http://${API_HOST}:${port}/graphql`,
    GITHUB_API_URL: `http://${API_HOST}:${port}`,
    PYPI_URL: `http://${API_HOST}:${port}`,
    PYPI_STATS_URL: '',
    CI: '1',
  };
  const started = performance.now();
  const child = spawn('npm', ['run', '--silent', 'activity', '--', entries, '--output', store, '--format', 'json'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (c) => (out += c));
  child.stderr.on('data', (c) => (err += c));
  return new Promise((r) => child.on('close', (code) => r({ code, out, err, wallS: (performance.now() - started) / 1000 })));
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

async function scenario(label: string, entries: string, port: number, work: string): Promise<{ label: string; runs: RunFigures[] }> {
  const runs: RunFigures[] = [];
  for (let i = 0; i < RUNS; i++) {
    await getJson(`http://127.0.0.1:${port}/__reset`);
    const r = await runActivity(entries, join(work, `activity-${label}.json`), port);
    const stats = (await getJson(`http://127.0.0.1:${port}/__stats`)) as Record<string, { post?: number; get?: number }>;
    let report: { summary: { github: { found: number; missing: number; errors: number }; pypi: { found: number } }; peakRssMb: number };
    try {
      report = JSON.parse(r.out);
    } catch {
      throw new Error(`npm run activity printed no JSON report (exit ${r.code}):\n${r.err.slice(-2000)}`);
    }
    runs.push({
      wallS: r.wallS,
      graphql: stats[API_HOST]?.post ?? 0,
      pypiGets: stats[API_HOST]?.get ?? 0,
      peakRssMb: report.peakRssMb,
      found: report.summary.github.found,
      missing: report.summary.github.missing,
      failed: report.summary.github.errors,
      pypiFound: report.summary.pypi.found,
      exit: r.code,
    });
    process.stdout.write(`  ${label} run ${i + 1}: ${r.wallS.toFixed(2)} s, ${runs.at(-1)!.graphql} GraphQL requests, ${runs.at(-1)!.pypiGets} PyPI requests, ${report.peakRssMb} MB peak RSS\n`);
  }
  return { label, runs };
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'bench-activity-'));
  const port = await freePort();
  const corpus = join(work, 'corpus');
  const gen = spawnSync(process.execPath, [join(FARM_DIR, 'corpus.mjs'), '--out', corpus, '--links', String(ENTRIES), '--github-share', '1', '--port', String(port)], { encoding: 'utf8' });
  if (gen.status !== 0) throw new Error(`corpus.mjs failed: ${gen.stderr}`);
  const entriesDir = join(corpus, 'entries');
  const farm = spawn(process.execPath, [join(FARM_DIR, 'farm.mjs'), '--latency', opt.latency, '--port', String(port), '--hosts', '2'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const stopFarm = () => {
    if (farm.exitCode === null) farm.kill('SIGTERM');
  };
  process.on('exit', stopFarm);
  try {
    await waitForFarm(port, farm);
    process.stdout.write(`bench:activity: ${ENTRIES} entries, farm latency ${opt.latency} ms on ${API_HOST}:${port}, ${RUNS} runs each (full fetch every run)\n`);
    const results = [await scenario('repo', entriesDir, port, work)];
    if (!opt['no-pypi']) {
      const withPypi = join(work, 'corpus-pypi');
      spawnSync('cp', ['-r', entriesDir, withPypi]);
      addPypi(withPypi);
      results.push(await scenario('repo+pypi', withPypi, port, work));
    }
    const rows = results.map(({ label, runs }) => ({
      scenario: label,
      entries: ENTRIES,
      graphqlRequests: median(runs.map((r) => r.graphql)),
      pypiRequests: median(runs.map((r) => r.pypiGets)),
      wallSeconds: Number(median(runs.map((r) => r.wallS)).toFixed(2)),
      peakRssMb: median(runs.map((r) => r.peakRssMb)),
      githubFound: runs[0]!.found,
      githubMissing: runs[0]!.missing,
      githubFailed: runs[0]!.failed,
      pypiFound: runs[0]!.pypiFound,
    }));
    process.stdout.write('\nscenario   | GraphQL req | PyPI req | wall (median) | peak RSS | found/missing/failed\n');
    process.stdout.write('-----------|-------------|----------|---------------|----------|---------------------\n');
    for (const r of rows) {
      process.stdout.write(`${r.scenario.padEnd(10)} | ${String(r.graphqlRequests).padStart(11)} | ${String(r.pypiRequests).padStart(8)} | ${`${r.wallSeconds.toFixed(2)} s`.padStart(13)} | ${`${r.peakRssMb} MB`.padStart(8)} | ${r.githubFound}/${r.githubMissing}/${r.githubFailed}\n`);
    }
    const goals = rows[0]!;
    const ok = goals.graphqlRequests <= 12 && goals.wallSeconds < 10 && goals.githubFailed === 0;
    process.stdout.write(`\ngoals (repo scenario): GraphQL requests <= 12: ${goals.graphqlRequests <= 12 ? 'met' : 'MISSED'}; wall < 10 s: ${goals.wallSeconds < 10 ? 'met' : 'MISSED'}\n`);
    if (opt.json) writeFileSync(opt.json, `${JSON.stringify({ latencyMs: Number(opt.latency), runs: RUNS, rows }, null, 2)}\n`);
    process.exitCode = ok ? 0 : 1;
  } finally {
    stopFarm();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:activity failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(2);
});
