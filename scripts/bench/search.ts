/**
 * `npm run bench:search`: the search yardstick of issue 13, measured on the built site in
 * headless Chromium (every request to another host aborted):
 * - quality through the real /search/ page: top-1, top-5 and mean reciprocal rank over the query
 *   set (scripts/bench/search-queries.yaml), per group and overall, and the queries that missed;
 * - speed in the header box of the home page: median and p95 time from the last keystroke to the
 *   result list for that query on screen, typing each query key by key (and, apart, until the
 *   descriptions have filled in);
 * - the home page's weight (HTML+CSS+JS, gzip) and whether it requests any search data on load.
 *
 * Builds into ATLAS_OUT_DIR (default dist/) when there is no built site there, or with --rebuild;
 * otherwise reuses it. Writes bench-results/search.json.
 * Options: --rebuild, --timing N (queries timed, spread over the set; 0 skips timing; default 80),
 * --delay MS (between keystrokes, default 80), --json FILE, --no-goals (exit 0 even when a goal
 * is missed), -h/--help. Exit codes: 0 goals met, 1 a goal missed, 2 usage or setup error.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { launch, openPage } from '../../e2e/browser.ts';
import { serveStatic } from '../../e2e/server.ts';
import { figuresByGroup, firstHit, percentile, qualityFigures } from '../../src/search/bench/metrics.ts';
import { loadQuerySet } from '../../src/search/bench/query-set.ts';
import { homeTransfer } from './site.ts';
import { runQuality, runTiming, searchRequestsOnHomeLoad } from './search-driver.ts';

const USAGE = 'Usage: npm run bench:search -- [--rebuild] [--timing N] [--delay MS] [--json FILE] [--no-goals]';

/** The "Done when" figures of issue 13. */
export const GOALS = { top5: 0.95, top1: 0.8, p95Ms: 100, homeGzipBytes: 100 * 1024 } as const;

interface Args {
  rebuild: boolean;
  timing: number;
  delay: number;
  json: string;
  goals: boolean;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { rebuild: false, timing: 80, delay: 80, json: 'bench-results/search.json', goals: true };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const v = argv[i + 1];
    if (k === '-h' || k === '--help') {
      console.log(USAGE);
      process.exit(0);
    } else if (k === '--rebuild') a.rebuild = true;
    else if (k === '--no-goals') a.goals = false;
    else if (k === '--timing' && v && /^\d+$/.test(v)) (a.timing = Number(v)), i++;
    else if (k === '--delay' && v && /^\d+$/.test(v)) (a.delay = Number(v)), i++;
    else if (k === '--json' && v) (a.json = v), i++;
    else {
      console.error(`bench:search: unknown or incomplete option ${k}\n${USAGE}`);
      process.exit(2);
    }
  }
  return a;
}

/** `n` items spread evenly over a list (all of them when n ≥ its length), in list order. */
export function spread<T>(items: readonly T[], n: number): T[] {
  if (n >= items.length) return [...items];
  if (n <= 0) return [];
  return Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)]!);
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const out = path.resolve(process.env.ATLAS_OUT_DIR || 'dist');
  const built = fs.existsSync(path.join(out, 'index.html')) && fs.existsSync(path.join(out, 'pagefind', 'pagefind.js'));
  if (args.rebuild || !built) {
    console.log(`building the site into ${out}…`);
    const b = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit', env: { ...process.env, ATLAS_OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1' } });
    if (b.status !== 0) {
      console.error('bench:search: the build failed');
      return 2;
    }
  } else console.log(`reusing the built site in ${out} (--rebuild to build it again)`);

  const queries = loadQuerySet();
  const srv = await serveStatic(out);
  const browser = await launch();
  try {
    const progress = (label: string, total: number) => (done: number) => {
      if (process.stdout.isTTY) process.stdout.write(`\r${label} ${done}/${total}`);
      else if (done === total || done % 50 === 0) console.log(`${label} ${done}/${total}`);
    };
    const q = await openPage(browser, srv.url);
    const outcomes = await runQuality(q.page, srv.url, queries, progress('quality', queries.length));
    if (process.stdout.isTTY) process.stdout.write('\n');
    await q.page.context().close();

    const timed = spread(queries.map((x) => x.q), args.timing);
    let timings: Array<{ results: number; settled: number }> = [];
    if (timed.length) {
      const t = await openPage(browser, srv.url);
      timings = await runTiming(t.page, srv.url, timed, { delay: args.delay }, progress('timing', timed.length));
      if (process.stdout.isTTY) process.stdout.write('\n');
      await t.page.context().close();
    }
    const h = await openPage(browser, srv.url);
    const early = await searchRequestsOnHomeLoad(h.page, srv.url);
    await h.page.context().close();
    const home = homeTransfer(out);

    console.log('\n| group | queries | top-1 | top-5 | MRR | no results |');
    console.log('|---|---|---|---|---|---|');
    for (const { group, figures: f } of figuresByGroup(outcomes)) {
      console.log(`| ${group} | ${f.queries} | ${pct(f.top1)} | ${pct(f.top5)} | ${f.mrr.toFixed(3)} | ${f.empty} |`);
    }
    const all = qualityFigures(outcomes);
    const times = timings.map((t) => t.results);
    const settled = timings.map((t) => t.settled);
    const p95 = percentile(times, 95);
    const median = percentile(times, 50);
    if (times.length) {
      console.log(`\nheader box, last keystroke → results on screen (${times.length} queries, ${args.delay} ms between keys): median ${median.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms`);
      console.log(`header box, last keystroke → descriptions filled in: median ${percentile(settled, 50).toFixed(0)} ms, p95 ${percentile(settled, 95).toFixed(0)} ms`);
    }
    console.log(`home page: ${kb(home.total)} gzip (HTML ${kb(home.html)} + CSS ${kb(home.css)} + JS ${kb(home.js)}); search requests on load: ${early.length ? early.join(', ') : 'none'}`);

    const misses = outcomes.filter((o) => {
      const r = firstHit(o);
      return r === null || r > 5;
    });
    if (misses.length) {
      console.log(`\nnot in the top 5 (${misses.length}):`);
      for (const m of misses) console.log(`  [${m.query.group}] "${m.query.q}" → ${m.results.slice(0, 5).join(', ') || '(nothing)'}   (want ${m.query.want.slice(0, 3).join(', ')}${m.query.want.length > 3 ? '…' : ''})`);
    }
    const second = outcomes.filter((o) => (firstHit(o) ?? 0) > 1 && (firstHit(o) ?? 9) <= 5);
    if (second.length) {
      console.log(`\nright answer in the top 5 but not first (${second.length}):`);
      for (const m of second) console.log(`  [${m.query.group}] "${m.query.q}" → ${m.results.slice(0, 3).join(', ')}`);
    }

    fs.mkdirSync(path.dirname(path.resolve(args.json)), { recursive: true });
    fs.writeFileSync(
      args.json,
      `${JSON.stringify({ site: out, queries: queries.length, figures: figuresByGroup(outcomes), timing: { delay: args.delay, count: times.length, medianMs: median, p95Ms: p95, settledP95Ms: percentile(settled, 95), byQuery: timed.map((q, i) => ({ q, ms: Math.round(times[i] ?? -1), settledMs: Math.round(settled[i] ?? -1) })) }, home, searchRequestsOnLoad: early, outcomes: outcomes.map((o) => ({ q: o.query.q, group: o.query.group, rank: firstHit(o), top: o.results.slice(0, 5) })) }, null, 2)}\n`,
    );

    const missed: string[] = [];
    if (all.top5 < GOALS.top5) missed.push(`top-5 ${pct(all.top5)} (goal ≥ ${pct(GOALS.top5)})`);
    if (all.top1 < GOALS.top1) missed.push(`top-1 ${pct(all.top1)} (goal ≥ ${pct(GOALS.top1)})`);
    if (all.empty > 0) missed.push(`${all.empty} queries returned nothing (goal: none)`);
    if (times.length && !(p95 <= GOALS.p95Ms)) missed.push(`p95 ${p95.toFixed(0)} ms (goal ≤ ${GOALS.p95Ms} ms)`);
    if (home.total > GOALS.homeGzipBytes) missed.push(`home page ${kb(home.total)} gzip (goal ≤ ${kb(GOALS.homeGzipBytes)})`);
    if (early.length) missed.push(`the home page requests search data on load (${early.length} requests)`);
    for (const m of missed) console.error(`goal missed: ${m}`);
    return missed.length && args.goals ? 1 : 0;
  } finally {
    await browser.close();
    await srv.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(`bench:search: ${(err as Error).message}`);
      process.exit(2);
    },
  );
}
