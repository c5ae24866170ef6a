/**
 * The `npm run stats` command (scripts/stats.ts only calls `main`): how big the list is —
 * entries, categories, groups, resources, notes, the thinnest categories and the entries per
 * group. With --check, exits 1 when a content target is not met.
 * Exit codes: 0 ok, 1 targets not met (only with --check), 2 usage or internal error.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgv, UsageError, wantsHelp, type CliIo } from '../cli/io.ts';
import { loadContent } from './load.ts';
import { computeStats, formatStats, TARGETS, unmetTargets } from './stats.ts';

export const HELP = `Usage: npm run stats -- [--json] [--check] [--root DIR]

Counts entries, categories, groups, resources and notes (entries with a Markdown body).

Options:
  --json        print the counts as JSON
  --check       exit 1 unless the targets are met: ≥${TARGETS.entries} entries, ≥${TARGETS.categories} categories,
                ≥${TARGETS.resources} resources, ≥${TARGETS.notes} notes, every category ≥${TARGETS.minEntriesPerCategory} entries
  --root DIR    content folder (default: content)
  -h, --help    show this help
`;

/** `npm run stats`: see HELP. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseArgv(argv, {
    options: {
      json: { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
      root: { type: 'string', default: 'content' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (wantsHelp(values, io, HELP)) return 0;
  const root = resolve(io.cwd, values.root);
  if (statSync(root, { throwIfNoEntry: false })?.isDirectory() !== true) throw new UsageError(`content folder ${values.root} does not exist`);
  const loaded = loadContent(root);
  const stats = computeStats(loaded.files);
  const unmet = unmetTargets(stats);
  const unreadable = loaded.paths.length - loaded.files.length;
  if (values.json) {
    io.stdout.write(JSON.stringify({ ...stats, targets: TARGETS, targetsMet: unmet.length === 0, unreadableFiles: unreadable }, null, 2) + '\n');
  } else {
    io.stdout.write(formatStats(stats));
    if (unreadable > 0) io.stdout.write(`\n${unreadable} files could not be read or parsed and are not counted (run npm run validate)\n`);
    io.stdout.write(unmet.length ? `\ntargets not met:\n${unmet.map((u) => `  ${u}`).join('\n')}\n` : '\nall content targets met\n');
  }
  return values.check && unmet.length ? 1 : 0;
}
