// `npm run stats [-- --json] [--check] [--root DIR]`
// Prints how big the list is: entries, categories, groups, resources, notes, the thinnest
// categories and the entries per group. With --check, exits 1 when a content target is not met.
// Exit codes: 0 ok, 1 targets not met (only with --check), 2 usage or internal error.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadContent } from '../src/content/load.ts';
import { computeStats, formatStats, TARGETS, unmetTargets } from '../src/content/stats.ts';

const HELP = `Usage: npm run stats -- [--json] [--check] [--root DIR]

Counts entries, categories, groups, resources and notes (entries with a Markdown body).

Options:
  --json        print the counts as JSON
  --check       exit 1 unless the targets are met: ≥${TARGETS.entries} entries, ≥${TARGETS.categories} categories,
                ≥${TARGETS.resources} resources, ≥${TARGETS.notes} notes, every category ≥${TARGETS.minEntriesPerCategory} entries
  --root DIR    content folder (default: content)
  -h, --help    show this help
`;

function main(): number {
  let values: { json: boolean; check: boolean; root: string; help: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        json: { type: 'boolean', default: false },
        check: { type: 'boolean', default: false },
        root: { type: 'string', default: 'content' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (err) {
    process.stderr.write(`stats: ${(err as Error).message}\nRun \`npm run stats -- --help\` for usage.\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const root = resolve(values.root);
  try {
    if (!statSync(root).isDirectory()) throw new Error();
  } catch {
    process.stderr.write(`stats: content folder ${values.root} does not exist\n`);
    return 2;
  }
  const loaded = loadContent(root);
  const stats = computeStats(loaded.files);
  const unmet = unmetTargets(stats);
  if (values.json) {
    process.stdout.write(JSON.stringify({ ...stats, targets: TARGETS, targetsMet: unmet.length === 0, unreadableFiles: loaded.paths.length - loaded.files.length }, null, 2) + '\n');
  } else {
    process.stdout.write(formatStats(stats));
    if (loaded.paths.length > loaded.files.length) {
      process.stdout.write(`\n${loaded.paths.length - loaded.files.length} files could not be read or parsed and are not counted (run npm run validate)\n`);
    }
    process.stdout.write(unmet.length ? `\ntargets not met:\n${unmet.map((u) => `  ${u}`).join('\n')}\n` : '\nall content targets met\n');
  }
  return values.check && unmet.length ? 1 : 0;
}

try {
  process.exitCode = main();
} catch (err) {
  process.stderr.write(`stats: internal error: ${(err as Error).message}\n`);
  process.exitCode = 2;
}
