// `node scripts/bench/import.ts [--items N --runs N]` (via `npm run bench:import` once wired).
// Writes a synthetic awesome-list (default 3,000 items in 30 sections with subcategory bullets,
// a table of contents and some items without descriptions), runs the real import CLI on it into
// a fresh temp folder several times as a child process, and reports the median wall time and the
// peak RSS of the child. Goal: a 3,000-item list in under 5 s and 400 MB. Exit 1 when missed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const GOAL_MS = 5000;
const GOAL_MB = 400;

function parseOptions() {
  try {
    return parseArgs({
      options: {
        items: { type: 'string', default: '3000' },
        runs: { type: 'string', default: '3' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    process.stderr.write(`bench:import: ${(error as Error).message}; see --help\n`);
    process.exit(2);
  }
}
const { values } = parseOptions();
if (values.help) {
  process.stdout.write('Usage: npm run bench:import -- [--items 3000] [--runs 3]\n');
  process.exit(0);
}
const ITEMS = Number(values.items);
const RUNS = Number(values.runs);
if (!Number.isInteger(ITEMS) || ITEMS < 1 || !Number.isInteger(RUNS) || RUNS < 1) {
  process.stderr.write('bench:import: --items must be an integer ≥ 1 and --runs ≥ 1\n');
  process.exit(2);
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const work = mkdtempSync(join(tmpdir(), 'atlas-bench-import-'));
const sections = Math.max(1, Math.ceil(ITEMS / 100));
const lines = ['# Synthetic List', '', '## Contents', ''];
for (let s = 0; s < sections; s++) lines.push(`- [Section ${s}](#section-${s})`);
lines.push('');
let written = 0;
for (let s = 0; s < sections && written < ITEMS; s++) {
  if (s % 5 === 0) lines.push(`**Group ${s / 5}**`, '');
  lines.push(`### Section ${s}`, '', `_Synthetic section ${s} of the import benchmark, long enough to be an intro._`, '');
  for (let i = 0; i < 100 && written < ITEMS; i++, written++) {
    if (i % 20 === 0) lines.push(`- Kind ${i / 20}`);
    const description = i % 17 === 0 ? '' : ` - Synthetic project ${i} of section ${s}, for the benchmark.`;
    lines.push(`  - [project ${s}.${i}](https://github.com/bench-${s}/project-${i})${description}`);
  }
  lines.push('');
}
const list = join(work, 'list.md');
writeFileSync(list, lines.join('\n'));

const times: number[] = [];
const rss: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const into = join(work, `content-${run}`);
  const started = performance.now();
  const child = spawnSync(process.execPath, [join(repoRoot, 'scripts/import.ts'), list, '--into', into], {
    encoding: 'utf8',
    env: { ...process.env, CI: 'true' },
  });
  const ms = performance.now() - started;
  if (child.status !== 0) {
    process.stderr.write(`bench:import: the import failed (exit ${child.status}):\n${child.stdout}${child.stderr}`);
    rmSync(work, { recursive: true, force: true });
    process.exit(2);
  }
  const files = readdirSync(join(into, 'entries'), { recursive: true }).filter((f) => String(f).endsWith('.md')).length;
  if (files !== ITEMS) {
    process.stderr.write(`bench:import: expected ${ITEMS} entry files, found ${files}\n`);
    process.exit(2);
  }
  times.push(ms);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

// Peak RSS: run once more with a tiny wrapper that imports the CLI in-process and reports it.
const probe = spawnSync(
  process.execPath,
  ['--input-type=module', '-e', `process.on('exit', () => process.stderr.write('RSS ' + Math.round(process.resourceUsage().maxRSS / 1024) + '\\n')); process.argv.splice(1, 0, 'import', ${JSON.stringify(list)}, '--into', ${JSON.stringify(join(work, 'content-rss'))}); await import(${JSON.stringify(join(repoRoot, 'scripts/import.ts'))});`],
  { encoding: 'utf8', env: { ...process.env, CI: 'true' } },
);
const rssMatch = /RSS (\d+)/.exec(probe.stderr);
if (rssMatch) rss.push(Number(rssMatch[1]));
rmSync(work, { recursive: true, force: true });

const ms = Math.round(median(times));
const mb = rss[0] ?? NaN;
process.stdout.write(
  `bench:import: ${ITEMS} items, ${sections} sections, ${RUNS} runs: median ${ms} ms (runs: ${times.map((t) => Math.round(t)).join(', ')} ms), peak RSS ${mb} MB` +
    ` — goal < ${GOAL_MS} ms and < ${GOAL_MB} MB: ${ms < GOAL_MS && mb < GOAL_MB ? 'met' : 'MISSED'}\n`,
);
process.exit(ms < GOAL_MS && mb < GOAL_MB ? 0 : 1);
