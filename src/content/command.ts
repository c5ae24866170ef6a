/**
 * The `npm run validate` command (scripts/validate.ts only calls `main`): checks the content
 * folder against every rule in src/content/rules/ and prints all problems. Exit 0: no errors
 * (warnings allowed); 1: errors found; 2: usage error or internal failure. Never writes to the
 * content folder.
 */
import { statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { parseFormat } from '../cli/format.ts';
import { parseArgv, UsageError, wantsHelp, type CliIo } from '../cli/io.ts';
import { createProgress } from '../cli/progress.ts';
import type { Clock } from '../time/clock.ts';
import { displayPath, loadContent } from './load.ts';
import { formatReport, summarize, VALIDATE_FORMATS } from './report.ts';
import { validateContent } from './validate.ts';

export const HELP = `Usage: npm run validate -- [options] [paths…]

Checks content/ (groups.yaml, tags.yaml, categories/*.yaml, entries/**/*.md, resources/**/*.md)
and prints every problem as \`path:line:col  rule-id  message\` with a fix hint.

Paths limit the report to those files or folders; the whole list is still read, so duplicates
and links are checked against everything.

Options:
  --root DIR        content folder (default: content)
  --format FORMAT   text (default), github (workflow annotations), json or markdown
  -h, --help        show this help

Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 usage or internal error.
Rules (one file each in src/content/rules/):
  bad-file, stray-file, frontmatter-missing, yaml-syntax, schema, path-mismatch,
  unknown-category, unknown-subcategory, unknown-group, duplicate-id, unknown-tag, tag-count,
  resource-kind, duplicate-entry, duplicate-description, description-style, missing-pick,
  pick-style, duplicate-pick, placeholder-text, https-only, private-url (warning),
  tracking-params, raw-html, broken-internal-link, redirect-target, small-category (warning),
  review-age (warning)

Environment: ATLAS_NOW=YYYY-MM-DD pins "now" for the date rules (default: the real clock).
`;

function isDirectory(path: string): boolean | null {
  try {
    return statSync(path).isDirectory();
  } catch {
    return null;
  }
}

/** `npm run validate`: see HELP. */
export async function run(argv: readonly string[], io: CliIo, clock: Clock): Promise<number> {
  const args = parseArgv(argv, {
    allowPositionals: true,
    options: {
      root: { type: 'string', default: 'content' },
      format: { type: 'string', default: 'text' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (wantsHelp(args.values, io, HELP)) return 0;
  const format = parseFormat(args.values.format, VALIDATE_FORMATS);
  const root = resolve(io.cwd, args.values.root);
  if (!isDirectory(root)) throw new UsageError(`content folder ${args.values.root} does not exist`);

  const shown = (abs: string) => displayPath(abs, io.cwd);
  const files = new Set<string>();
  const folders: string[] = [];
  for (const arg of args.positionals) {
    const abs = resolve(io.cwd, arg);
    if (abs !== root && !abs.startsWith(root + sep)) throw new UsageError(`${arg} is not inside the content folder ${args.values.root}`);
    const dir = isDirectory(abs);
    if (dir === null) throw new UsageError(`${arg} does not exist`);
    if (dir) folders.push(`${shown(abs)}/`);
    else files.add(shown(abs));
  }
  const selected = args.positionals.length ? (path: string) => files.has(path) || folders.some((f) => path.startsWith(f)) : null;

  // A bar only under the text report: the other formats are read by machines.
  const progress = createProgress(format === 'text' ? io.stderr : { write: () => true }, { label: 'validate', unit: 'read', plain: false, env: io.env });
  const loaded = loadContent(root, { display: shown, onProgress: (done, total) => progress.update(done, total) });
  progress.finish();

  const problems = validateContent(loaded, selected, clock());
  const checked = selected ? loaded.paths.filter(selected).length : loaded.paths.length;
  const summary = summarize(problems, checked);
  io.stdout.write(formatReport(format, problems, summary));
  return summary.errors > 0 ? 1 : 0;
}
