/**
 * `npm run import -- <awesome-list.md> [--into DIR]`: migrates an awesome-list README into our
 * content model (src/contributing/import/). Thin: parse arguments, run, print, exit code.
 */
import { parseArgs } from 'node:util';
import { statSync } from 'node:fs';
import { displayPath } from '../src/content/load.ts';
import { formatFinding, progressBar, type Finding } from '../src/contributing/cli.ts';
import { cliClock, utcDay } from '../src/time/clock.ts';
import { importAwesomeList } from '../src/contributing/import/run.ts';

const HELP = `Usage: npm run import -- <awesome-list.md> [options]

Turns an awesome-list README into content files: one entry per linked item in
DIR/entries/<category>/<slug>.md, resources in DIR/resources/<kind>/, categories in
DIR/categories/, groups in DIR/groups.yaml and new tags in DIR/tags.yaml.
Sections are headings at any level; groups are a bold line or the parent heading;
items are "- [name](url) - description" with -, * or +; plain bullets with nested
items are subcategories; table-of-contents lists are skipped. Projects already in
DIR are skipped, so an interrupted import can simply be run again.

Items without a description get a description starting with "TODO:", and every
entry gets a "TODO:" pick line (a list says what a project is, not when to choose
it); the validator reports both until a human has written them in our own words.

Options:
  --into DIR          content folder to write into (default: content)
  --sublinks MODE     links nested under an item (e.g. awesome-flask under flask):
                      "entries" (default) makes each its own entry; "notes" lists
                      them in the parent entry's note instead
  --descriptions WHAT "source" (default) keeps the list's descriptions and section
                      intros, for migrating your own list; "todo" takes only the
                      facts (names, links, sections) and writes TODO text for a
                      human, so nothing is copied from someone else's list
  --dry-run           report what would be written, write nothing
  --verbose           also print informational notes (slug clashes, duplicates)
  --format FORMAT     "text" (default) or "github" (workflow annotations)
  -h, --help          show this help

Exit codes: 0 imported, 1 some items could not be imported (each is listed),
2 usage error.`;

function usage(message: string): never {
  console.error(`import: ${message}\nRun "npm run import -- --help" for usage.`);
  process.exit(2);
}

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      into: { type: 'string', default: 'content' },
      sublinks: { type: 'string', default: 'entries' },
      descriptions: { type: 'string', default: 'source' },
      'dry-run': { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      format: { type: 'string', default: 'text' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}
try {
  args = parse();
} catch (error) {
  usage((error as Error).message);
}
if (args.values.help) {
  console.log(HELP);
  process.exit(0);
}
const [file, ...extra] = args.positionals;
if (!file) usage('missing the awesome-list file to import');
if (extra.length > 0) usage(`one file at a time (got ${args.positionals.length})`);
if (!statSync(file, { throwIfNoEntry: false })?.isFile()) usage(`${file}: no such file (give the awesome-list Markdown file)`);
if (statSync(args.values.into, { throwIfNoEntry: false })?.isDirectory() === false) usage(`--into ${args.values.into} is a file, not a content folder`);
const format = args.values.format;
if (format !== 'text' && format !== 'github') usage(`--format must be "text" or "github", not "${format}"`);
const sublinks = args.values.sublinks;
if (sublinks !== 'entries' && sublinks !== 'notes') usage(`--sublinks must be "entries" or "notes", not "${sublinks}"`);
const descriptions = args.values.descriptions;
if (descriptions !== 'source' && descriptions !== 'todo') usage(`--descriptions must be "source" or "todo", not "${descriptions}"`);

try {
  const into = args.values.into;
  const result = await importAwesomeList(file, {
    into,
    today: utcDay(cliClock('import')()),
    sublinks,
    descriptions,
    dryRun: args.values['dry-run'],
    onProgress: progressBar('writing'),
  });
  const path = displayPath(file);
  const findings: Finding[] = [
    ...result.problems.map((p) => ({ path, line: p.line, column: p.column, rule: `import/${p.rule}`, severity: 'error' as const, message: p.message, hint: p.hint })),
    ...result.notes.map((n) => ({ path, line: n.line, column: n.column, rule: `import/${n.rule}`, severity: n.severity, message: n.message })),
  ].sort((a, b) => a.line - b.line || a.column - b.column);
  for (const f of findings) {
    if (f.severity === 'info' && !args.values.verbose) continue;
    console.log(formatFinding(f, format));
  }
  const entries = result.plan.files.filter((f) => f.kind === 'entry').length;
  const resources = result.plan.files.length - entries;
  const failed = result.problems.length + result.notes.filter((n) => n.severity === 'error').length;
  const needsText = result.plan.files.filter((f) => f.data.description.startsWith('TODO:')).length;
  const skipped = result.notes.filter((n) => n.rule === 'already-listed').length;
  const newCategories = result.plan.categories.filter((c) => c.isNew).length;
  const verb = args.values['dry-run'] ? 'would import' : 'imported';
  console.log(
    `${path}: ${result.itemsSeen} linked items; ${verb} ${entries} entries and ${resources} resources into ${displayPath(into)} ` +
      `(${newCategories} new categories, ${result.plan.newTags.size} new tags); ${skipped} already listed; ` +
      `${result.plan.foldedSublinks} sub-links folded into notes; ${needsText} need a description; ` +
      `${result.tocLinks} table-of-contents links skipped; ${failed} could not be imported; ${Math.round(result.ms)} ms`,
  );
  process.exit(failed > 0 ? 1 : 0);
} catch (error) {
  console.error(`import: ${(error as Error).message}`);
  process.exit(2);
}
