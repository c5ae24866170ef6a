// `npm run bench:validate [-- --entries N --runs N --keep]`
// Generates a synthetic content folder (default 10,000 entries, 100 categories, tags, resources,
// notes with internal links) in a temp folder, runs the real validator CLI on it several times as
// a child process, and reports the median wall time and the peak RSS of the child.
// Goal: under 3 s and 300 MB for 10,000 entries. Exit 1 when the goal is missed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const GOAL_MS = 3000;
const GOAL_MB = 300;

function parseOptions() {
  try {
    return parseArgs({
      options: {
        entries: { type: 'string', default: '10000' },
        runs: { type: 'string', default: '5' },
        keep: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    process.stderr.write(`bench:validate: ${(error as Error).message}; see --help\n`);
    process.exit(2);
  }
}
const { values } = parseOptions();
if (values.help) {
  process.stdout.write('Usage: npm run bench:validate -- [--entries 10000] [--runs 5] [--keep]\n');
  process.exit(0);
}
const ENTRIES = Number(values.entries);
const RUNS = Number(values.runs);
if (!Number.isInteger(ENTRIES) || ENTRIES < 3 || !Number.isInteger(RUNS) || RUNS < 1) {
  process.stderr.write('bench:validate: --entries must be an integer ≥ 3 and --runs ≥ 1\n');
  process.exit(2);
}

const WORDS = ['fast', 'typed', 'async', 'small', 'stable', 'plain', 'modern', 'portable', 'tested', 'lazy', 'strict', 'friendly'];
const JOBS = ['parsing', 'routing', 'caching', 'plotting', 'testing', 'logging', 'packaging', 'scheduling', 'profiling', 'templating'];

function write(root: string, rel: string, text: string): void {
  const abs = join(root, rel);
  mkdirSync(dirname(abs), { recursive: true });
  writeFileSync(abs, text);
}

/** Writes a valid synthetic content tree and returns its root. */
function generate(entries: number): string {
  const root = join(mkdtempSync(join(tmpdir(), 'atlas-bench-')), 'content');
  const groups = Array.from({ length: 15 }, (_, i) => `  - { id: group-${i}, title: "Group ${i}", order: ${i} }`);
  write(root, 'groups.yaml', `groups:\n${groups.join('\n')}\n`);
  const tags = Array.from({ length: 60 }, (_, i) => `tag-${i}: Synthetic tag number ${i}.`);
  write(root, 'tags.yaml', tags.join('\n') + '\n');
  const categories = Math.max(1, Math.min(100, Math.floor(entries / 3)));
  for (let c = 0; c < categories; c++) {
    write(
      root,
      `categories/category-${c}.yaml`,
      `title: Category ${c}\ngroup: group-${c % 15}\norder: ${c}\nintro: >-\n  Synthetic category number ${c}, holding generated entries so the validator can be timed at scale.\n` +
        `subcategories:\n  - { id: first, title: First }\n  - { id: second, title: Second }\nseeAlso:\n  - { title: Next, url: /category/category-${(c + 1) % categories}/ }\n`,
    );
  }
  for (let i = 0; i < entries; i++) {
    const c = i % categories;
    const words = `${WORDS[i % WORDS.length]} ${JOBS[Math.floor(i / WORDS.length) % JOBS.length]}`;
    const note =
      i % 5 === 0
        ? `\nPick it for ${words} when the defaults suit you. ${i >= categories ? `It pairs well with [the previous one](/entries/category-${c}/entry-${i - categories}/)` : 'It'}` +
          ` is listed under [its tag](/tag/tag-${i % 60}/).\n\n- one **strong** point\n- one \`caveat\`, see [docs](https://docs.example-${i}.org/guide/)\n`
        : '';
    write(
      root,
      `entries/category-${c}/entry-${i}.md`,
      `---\nname: Entry ${i}\nurl: https://entry-${i}.example.org/\nrepo: https://github.com/synthetic/entry-${i}\npypi: entry-${i}\n` +
        `docs: https://docs.example-${i}.org/\ncategory: category-${c}\nsubcategory: ${i % 2 ? 'first' : 'second'}\ntags: [tag-${i % 60}, tag-${(i * 7) % 60}]\n` +
        `description: Handles ${words} for project number ${i} with sensible defaults.\nstatus: recommended\nadded: 2026-11-28\n---\n${note}`,
    );
  }
  const kinds = ['book', 'podcast', 'website', 'course'];
  for (let r = 0; r < Math.max(4, Math.floor(entries / 200)); r++) {
    const kind = kinds[r % kinds.length]!;
    write(
      root,
      `resources/${kind}/resource-${r}.md`,
      `---\nname: Resource ${r}\nurl: https://resource-${r}.example.org/\nkind: ${kind}\ndescription: Teaches synthetic topic number ${r} at a steady pace.\ntags: [tag-${r % 60}]\nfree: true\nadded: 2026-11-28\n---\n`,
    );
  }
  return root;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const cli = resolve(import.meta.dirname, '..', 'validate.ts');
const useTime = existsSync('/usr/bin/time');
const started = performance.now();
const root = generate(ENTRIES);
process.stdout.write(`generated ${ENTRIES} entries in ${((performance.now() - started) / 1000).toFixed(1)} s at ${root}\n`);

const times: number[] = [];
const rss: number[] = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const cmd = useTime ? '/usr/bin/time' : process.execPath;
    const args = useTime ? ['-f', 'BENCH_RSS_KB=%M', process.execPath, cli, '--root', root, '--format', 'json'] : [cli, '--root', root, '--format', 'json'];
    const t0 = performance.now();
    const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, CI: '1' } });
    const ms = performance.now() - t0;
    if (r.status !== 0) {
      process.stderr.write(`bench:validate: the validator exited ${r.status} on synthetic content (it should be clean):\n${r.stdout.slice(0, 2000)}${r.stderr.slice(0, 2000)}\n`);
      process.exit(2);
    }
    const report = JSON.parse(r.stdout) as { files: number };
    const kb = Number(/BENCH_RSS_KB=(\d+)/.exec(r.stderr)?.[1] ?? NaN);
    times.push(ms);
    if (!Number.isNaN(kb)) rss.push(kb / 1024);
    process.stdout.write(`run ${run + 1}: ${(ms / 1000).toFixed(2)} s${Number.isNaN(kb) ? '' : `, peak RSS ${(kb / 1024).toFixed(0)} MB`}, ${report.files} files\n`);
  }
} finally {
  if (!values.keep) rmSync(dirname(root), { recursive: true, force: true });
}

const medianMs = median(times);
const peakMb = rss.length ? Math.max(...rss) : NaN;
const ok = medianMs < GOAL_MS && (Number.isNaN(peakMb) || peakMb < GOAL_MB);
process.stdout.write(
  `\nvalidate on ${ENTRIES} entries: median ${(medianMs / 1000).toFixed(2)} s over ${RUNS} runs, ` +
    `peak RSS ${Number.isNaN(peakMb) ? 'n/a (no /usr/bin/time)' : `${peakMb.toFixed(0)} MB`} ` +
    `(goal < ${GOAL_MS / 1000} s and < ${GOAL_MB} MB): ${ok ? 'met' : 'MISSED'}\n`,
);
process.exitCode = ok ? 0 : 1;
