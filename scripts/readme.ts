/**
 * `npm run readme` regenerates the list section of README.md (between `<!-- list:start -->` and
 * `<!-- list:end -->`) from content/; `--check` only compares and exits 1 when it is out of date,
 * which is how CI keeps the GitHub front page in step with the content. Generation lives in
 * src/contributing/readme/build.ts.
 */
import { parseArgs } from 'node:util';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { writeFileAtomic } from '../src/files/atomic-write.ts';
import { formatFinding } from '../src/contributing/cli.ts';
import { readListFiles } from '../src/contributing/content-read.ts';
import { unlistedEntries, renderListSection } from '../src/contributing/readme/build.ts';
import { END_MARKER, headingsOutsideSection, locateListSection, replaceSectionBody, START_MARKER } from '../src/contributing/readme/section.ts';

const HELP = `Usage: npm run readme [-- options]

Regenerates the list section of README.md (between the lines ${START_MARKER} and
${END_MARKER}, each alone on its line outside code) from the content folder: groups,
categories with their intro, entries as "- [Name](url) - description"
(subcategories as nested bullets), then resources. Refuses a README whose markers
are missing or repeated, or that holds a second copy of the list outside them.

Options:
  --check             do not write; exit 1 when the section is out of date (for CI)
  --root DIR          content folder (default: content)
  --readme FILE       README to update (default: README.md)
  --format FORMAT     "text" (default) or "github" (workflow annotations)
  -h, --help          show this help

Exit codes: 0 up to date / written, 1 out of date or a duplicated list (--check),
2 usage error, missing markers, or a duplicated list (when writing).`;

function fail(message: string, code = 2): never {
  console.error(`readme: ${message}`);
  process.exit(code);
}

let values: { check: boolean; root: string; readme: string; format: string; help: boolean };
try {
  ({ values } = parseArgs({
    options: {
      check: { type: 'boolean', default: false },
      root: { type: 'string', default: 'content' },
      readme: { type: 'string', default: 'README.md' },
      format: { type: 'string', default: 'text' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }));
} catch (error) {
  fail(`${(error as Error).message}\nRun "npm run readme -- --help" for usage.`);
}
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
if (values.format !== 'text' && values.format !== 'github') fail(`--format must be "text" or "github", not "${values.format}"`);
if (!existsSync(values.readme) || !statSync(values.readme).isFile()) fail(`${values.readme}: no such file`);
if (!existsSync(values.root) || !statSync(values.root).isDirectory()) fail(`${values.root}: no such content folder`);

try {
  const readme = readFileSync(values.readme, 'utf8');
  const list = readListFiles(values.root);
  for (const path of list.skipped) console.error(`readme: left out ${path}: it does not pass the schema (run npm run validate)`);
  const unlisted = unlistedEntries(list);
  if (unlisted.length > 0) {
    console.error(`readme: left out ${unlisted.length} entries whose category or group does not exist: ${unlisted.slice(0, 10).join(', ')}${unlisted.length > 10 ? ', …' : ''}`);
  }
  const found = locateListSection(readme);
  if (!found.ok) {
    const { rule, line, message, hint } = found.problem;
    console.log(formatFinding({ path: values.readme, line, column: 1, rule, severity: 'error', message, hint }, values.format));
    // A duplicated list is a finding --check reports (exit 1); when writing, nothing safe can be done.
    process.exit(values.check && rule === 'readme/duplicate-list' ? 1 : 2);
  }
  const section = renderListSection(list, headingsOutsideSection(readme, found.section));
  const updated = replaceSectionBody(readme, found.section, section);
  const entries = list.entries.length - unlisted.length;
  if (updated === readme) {
    console.log(`${values.readme}: the list section is up to date (${entries} entries, ${list.resources.length} resources).`);
    process.exit(0);
  }
  if (values.check) {
    const line = found.section.startLine;
    console.log(
      formatFinding(
        { path: values.readme, line, column: 1, rule: 'readme/out-of-date', severity: 'error', message: 'the list section does not match content/', hint: 'run `npm run readme` and commit README.md' },
        values.format,
      ),
    );
    process.exit(1);
  }
  await writeFileAtomic(values.readme, updated);
  console.log(`${values.readme}: list section regenerated (${entries} entries, ${list.resources.length} resources).`);
} catch (error) {
  fail(`internal error: ${(error as Error).message}`);
}
