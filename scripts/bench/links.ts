/**
 * `npm run bench:links [-- --runs 3 --links 2000 --port 8790 --project-only]`: measures our link
 * checker against markdown-link-check and linkinator on the loopback link farm
 * (`../shared/linkfarm`, or $LINKFARM_DIR), on the same generated corpus, and checks the goals:
 * accuracy 100 % against the farm's truth, wall time at least 5x better than the fastest peer,
 * peak memory under 200 MB, never more than the per-host limit (2) in flight to one host.
 *
 * Peers are slow (minutes), so they run once; our checker runs `--runs` times and the medians are
 * reported. Results go to bench-results/links.json. Exit 1 when a goal is missed. Only loopback
 * addresses are ever contacted.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const USAGE = 'Usage: npm run bench:links -- [--runs 3] [--links 2000] [--port 8790] [--project-only]';
function usage(message: string): never {
  console.error(`bench:links: ${message}\n${USAGE}`);
  process.exit(2);
}
let parsed;
try {
  parsed = parseArgs({
    options: {
      runs: { type: 'string', default: '3' },
      links: { type: 'string', default: '2000' },
      port: { type: 'string', default: '8790' },
      'project-only': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (e) {
  usage((e as Error).message);
}
const opt = parsed.values;
if (opt.help) {
  console.log(USAGE);
  process.exit(0);
}
// A count that is not a positive integer used to run nothing and pass with an empty table.
for (const name of ['runs', 'links', 'port'] as const) {
  if (!/^[1-9]\d*$/.test(opt[name])) usage(`--${name} must be a positive integer, got "${opt[name]}"`);
}

const farm = resolve(process.env.LINKFARM_DIR ?? join(root, '..', 'shared', 'linkfarm'));
if (!existsSync(join(farm, 'bench.mjs'))) {
  console.log(`bench:links skipped: the link farm is not at ${farm} (set LINKFARM_DIR).`);
  process.exit(0);
}

const PER_HOST = 2;
interface Row {
  tool: string;
  version: string;
  exit: number | null;
  wallS: number;
  peakMB: number;
  requests: number;
  peakPerHost: number;
  apiRequests: number;
  accuracy: number;
  falseAlarms?: number;
  missedDead?: number;
  movesFound?: number;
  unreported?: number;
  wrong?: string[];
}

const work = mkdtempSync(join(tmpdir(), 'bench-links-'));
const runs = Number(opt.runs);
const rowsByTool = new Map<string, Row[]>();

for (let run = 1; run <= runs; run++) {
  const withPeers = run === 1 && !opt['project-only'];
  const tools = withPeers ? 'project,markdown-link-check,linkinator' : 'project';
  const out = join(work, `run${run}.json`);
  const store = join(work, `store${run}.json`);
  // Our checker with a throw-away store: the bench must never touch content/data/links.json.
  // The farm's hosts are 127.0.0.x, which the checker refuses unless told (--allow-private).
  const projectCmd =
    `npm run --silent links -- {entries} --format json --output {out} --store ${store} --allow-private ` +
    `--remap 'https://github.com http://127.0.0.201:{port}'`;
  console.log(`\n== run ${run}/${runs}: ${tools}`);
  const r = spawnSync(
    'node',
    [join(farm, 'bench.mjs'), '--links', opt.links, '--port', opt.port, '--tools', tools, '--project-cmd', projectCmd, '--json', out],
    { cwd: root, stdio: 'inherit' },
  );
  if (r.status !== 0 || !existsSync(out)) {
    console.error(`bench.mjs failed (exit ${r.status})`);
    process.exit(2);
  }
  for (const row of (JSON.parse(readFileSync(out, 'utf8')) as { rows: Row[] }).rows) {
    rowsByTool.set(row.tool, [...(rowsByTool.get(row.tool) ?? []), row]);
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

const summary = [...rowsByTool].map(([tool, rows]) => ({
  tool,
  version: rows[0]!.version,
  runs: rows.length,
  wallS: median(rows.map((r) => r.wallS)),
  wallAll: rows.map((r) => r.wallS),
  peakMB: median(rows.map((r) => r.peakMB)),
  peakMBMax: Math.max(...rows.map((r) => r.peakMB)),
  requests: median(rows.map((r) => r.requests)),
  peakPerHost: Math.max(...rows.map((r) => r.peakPerHost)),
  accuracy: Math.min(...rows.map((r) => r.accuracy)),
  falseAlarms: Math.max(...rows.map((r) => r.falseAlarms ?? 0)),
  missedDead: Math.max(...rows.map((r) => r.missedDead ?? 0)),
  wrong: rows.flatMap((r) => r.wrong ?? []).slice(0, 10),
}));

console.log(`\n${opt.links} links; medians over runs (peers run once)`);
console.log('| tool | version | runs | wall s (median) | wall s (all) | peak MB (median/max) | requests | peak per host | accuracy | false alarms | missed dead |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const s of summary) {
  console.log(`| ${s.tool} | ${s.version} | ${s.runs} | ${s.wallS.toFixed(2)} | ${s.wallAll.join(', ')} | ${s.peakMB}/${s.peakMBMax} | ${s.requests} | ${s.peakPerHost} | ${(s.accuracy * 100).toFixed(2)} % | ${s.falseAlarms} | ${s.missedDead} |`);
}

const ours = summary.find((s) => s.tool === 'project');
const peers = summary.filter((s) => s.tool !== 'project');
const goals: Array<[string, boolean]> = [];
if (ours) {
  goals.push([`accuracy 100 % (got ${(ours.accuracy * 100).toFixed(2)} %)`, ours.accuracy === 1]);
  goals.push([`peak memory < 200 MB (max ${ours.peakMBMax} MB)`, ours.peakMBMax < 200]);
  goals.push([`never more than ${PER_HOST} requests in flight per host (peak ${ours.peakPerHost})`, ours.peakPerHost <= PER_HOST]);
  if (peers.length) {
    const fastest = Math.min(...peers.map((p) => p.wallS));
    goals.push([`wall time >= 5x better than the fastest peer (${fastest.toFixed(1)} s / ${ours.wallS.toFixed(2)} s = ${(fastest / ours.wallS).toFixed(1)}x)`, fastest / ours.wallS >= 5]);
  }
  for (const w of ours.wrong) console.log(`  wrong: ${w}`);
}
console.log('');
for (const [goal, met] of goals) console.log(`${met ? 'met   ' : 'MISSED'} ${goal}`);

mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results', 'links.json'), JSON.stringify({ links: Number(opt.links), summary, goals }, null, 2));
process.exitCode = goals.every(([, met]) => met) ? 0 : 1;
