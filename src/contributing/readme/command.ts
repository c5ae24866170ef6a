/**
 * The `npm run readme` command (scripts/readme.ts only calls `main`): regenerates the list
 * section of README.md (between `<!-- list:start -->` and `<!-- list:end -->`) from content/;
 * `--check` only compares and exits 1 when it is out of date, which is how CI keeps the GitHub
 * front page in step with the content; the blocks rendered from code (docs-blocks.ts: the health
 * formula) are kept in step the same way. Generation lives in build.ts, the markers in section.ts.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatFindings, parseFormat } from '../../cli/format.ts';
import { parseArgv, UsageError, wantsHelp, type CliIo } from '../../cli/io.ts';
import { writeFileAtomic } from '../../files/atomic-write.ts';
import { readListFiles } from '../content-read.ts';
import { renderListSection, unlistedEntries } from './build.ts';
import { renderDocBlocks } from './docs-blocks.ts';
import { END_MARKER, headingsOutsideSection, locateListSection, replaceSectionBody, START_MARKER } from './section.ts';

export const HELP = `Usage: npm run readme [-- options]

Regenerates the list section of README.md (between the lines ${START_MARKER} and
${END_MARKER}, each alone on its line outside code) from the content folder: groups,
categories with their intro, entries as "- [Name](url) - description"
(subcategories as nested bullets), then resources. Refuses a README whose markers
are missing or repeated, or that holds a second copy of the list outside them.
Also rewrites the blocks rendered from code (between <!-- health:start --> and
<!-- health:end -->: the health formula).

Options:
  --check             do not write; exit 1 when the section is out of date (for CI)
  --root DIR          content folder (default: content)
  --readme FILE       README to update (default: README.md)
  --format FORMAT     "text" (default) or "github" (workflow annotations)
  -h, --help          show this help

Exit codes: 0 up to date / written, 1 out of date or a duplicated list (--check),
2 usage error, missing markers, or a duplicated list (when writing).
`;

/** `npm run readme`: see HELP. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseArgv(argv, {
    options: {
      check: { type: 'boolean', default: false },
      root: { type: 'string', default: 'content' },
      readme: { type: 'string', default: 'README.md' },
      format: { type: 'string', default: 'text' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (wantsHelp(values, io, HELP)) return 0;
  const format = parseFormat(values.format, ['text', 'github']);
  const readmePath = resolve(io.cwd, values.readme);
  const root = resolve(io.cwd, values.root);
  if (!existsSync(readmePath) || !statSync(readmePath).isFile()) throw new UsageError(`${values.readme}: no such file`);
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new UsageError(`${values.root}: no such content folder`);

  const readme = readFileSync(readmePath, 'utf8');
  const list = readListFiles(root);
  io.stderr.write(formatFindings('text', list.problems));
  for (const path of list.skipped) io.stderr.write(`readme: left out ${path}: it does not pass the schema (run npm run validate)\n`);
  const unlisted = unlistedEntries(list);
  if (unlisted.length > 0) {
    io.stderr.write(`readme: left out ${unlisted.length} entries whose category or group does not exist: ${unlisted.slice(0, 10).join(', ')}${unlisted.length > 10 ? ', …' : ''}\n`);
  }
  const found = locateListSection(readme);
  if (!found.ok) {
    const { rule, line, message, hint } = found.problem;
    io.stdout.write(formatFindings(format, [{ path: values.readme, line, col: 1, rule, severity: 'error', message, hint }]));
    // A duplicated list is a finding --check reports (exit 1); when writing, nothing safe can be done.
    return values.check && rule === 'readme/duplicate-list' ? 1 : 2;
  }
  const section = renderListSection(list, headingsOutsideSection(readme, found.section));
  const updated = renderDocBlocks(replaceSectionBody(readme, found.section, section));
  const entries = list.entries.length - unlisted.length;
  if (updated === readme) {
    io.stdout.write(`${values.readme}: the list section is up to date (${entries} entries, ${list.resources.length} resources).\n`);
    return 0;
  }
  if (values.check) {
    const listStale = replaceSectionBody(readme, found.section, section) !== readme;
    io.stdout.write(formatFindings(format, [
      listStale
        ? { path: values.readme, line: found.section.startLine, col: 1, rule: 'readme/out-of-date', severity: 'error', message: 'the list section does not match content/', hint: 'run `npm run readme` and commit README.md' }
        : { path: values.readme, line: 1, col: 1, rule: 'readme/out-of-date', severity: 'error', message: 'a block rendered from code (the health formula) does not match the code', hint: 'run `npm run readme` and commit README.md' },
    ]));
    return 1;
  }
  await writeFileAtomic(readmePath, updated);
  io.stdout.write(`${values.readme}: list section regenerated (${entries} entries, ${list.resources.length} resources).\n`);
  return 0;
}
