/**
 * The `npm run import` command (scripts/import.ts only calls `main`): migrates an awesome-list
 * README into our content model. Plans in plan.ts, writes in write.ts; this module parses
 * arguments, prints findings and the summary line, and picks the exit code.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { compareFindings, type Finding } from '../../cli/finding.ts';
import { formatFindings, parseFormat } from '../../cli/format.ts';
import { parseArgv, UsageError, wantsHelp, type CliIo } from '../../cli/io.ts';
import { createProgress } from '../../cli/progress.ts';
import { displayPath } from '../../content/load.ts';
import { utcDay, type Clock } from '../../time/clock.ts';
import { importAwesomeList } from './run.ts';

export const HELP = `Usage: npm run import -- <awesome-list.md> [options]

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
2 usage error.
`;

/** `npm run import`: see HELP. */
export async function run(argv: readonly string[], io: CliIo, clock: Clock): Promise<number> {
  const args = parseArgv(argv, {
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
  const v = args.values;
  if (wantsHelp(v, io, HELP)) return 0;
  const [file, ...extra] = args.positionals;
  if (!file) throw new UsageError('missing the awesome-list file to import');
  if (extra.length > 0) throw new UsageError(`one file at a time (got ${args.positionals.length})`);
  const source = resolve(io.cwd, file);
  const into = resolve(io.cwd, v.into);
  if (!statSync(source, { throwIfNoEntry: false })?.isFile()) throw new UsageError(`${file}: no such file (give the awesome-list Markdown file)`);
  if (statSync(into, { throwIfNoEntry: false })?.isDirectory() === false) throw new UsageError(`--into ${v.into} is a file, not a content folder`);
  const format = parseFormat(v.format, ['text', 'github']);
  const sublinks = v.sublinks;
  if (sublinks !== 'entries' && sublinks !== 'notes') throw new UsageError(`--sublinks must be "entries" or "notes", not "${sublinks}"`);
  const descriptions = v.descriptions;
  if (descriptions !== 'source' && descriptions !== 'todo') throw new UsageError(`--descriptions must be "source" or "todo", not "${descriptions}"`);

  const progress = createProgress(io.stderr, { label: 'writing', unit: 'files', plain: false, env: io.env });
  const result = await importAwesomeList(source, {
    into,
    today: utcDay(clock()),
    sublinks,
    descriptions,
    dryRun: v['dry-run'],
    onProgress: (done, total) => progress.update(done, total),
  });
  progress.finish();
  const path = displayPath(source, io.cwd);
  const findings: Finding[] = [
    ...result.problems.map((p) => ({ path, line: p.line, col: p.column, rule: `import/${p.rule}`, severity: 'error' as const, message: p.message, hint: p.hint })),
    ...result.notes.map((n) => ({ path, line: n.line, col: n.column, rule: `import/${n.rule}`, severity: n.severity, message: n.message })),
  ].sort(compareFindings);
  io.stdout.write(formatFindings(format, findings.filter((f) => f.severity !== 'info' || v.verbose)));
  const entries = result.plan.files.filter((f) => f.kind === 'entry').length;
  const resources = result.plan.files.length - entries;
  const failed = result.problems.length + result.notes.filter((n) => n.severity === 'error').length;
  const needsText = result.plan.files.filter((f) => f.data.description.startsWith('TODO:')).length;
  const skipped = result.notes.filter((n) => n.rule === 'already-listed').length;
  const newCategories = result.plan.categories.filter((c) => c.isNew).length;
  const verb = v['dry-run'] ? 'would import' : 'imported';
  io.stdout.write(
    `${path}: ${result.itemsSeen} linked items; ${verb} ${entries} entries and ${resources} resources into ${displayPath(into, io.cwd)} ` +
      `(${newCategories} new categories, ${result.plan.newTags.size} new tags); ${skipped} already listed; ` +
      `${result.plan.foldedSublinks} sub-links folded into notes; ${needsText} need a description; ` +
      `${result.tocLinks} table-of-contents links skipped; ${failed} could not be imported; ${Math.round(result.ms)} ms\n`,
  );
  return failed > 0 ? 1 : 0;
}
