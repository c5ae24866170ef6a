// `npm run validate [-- [--root DIR] [--format text|github|json] [paths…]]`
// Checks the content folder against every rule in src/content/rules/ and prints all problems.
// Exit 0: no errors (warnings allowed); 1: errors found; 2: usage error or internal failure.
// Never writes to the content folder.
import { statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import type { ReportFormat } from '../src/content/report.ts';
import { clockFromEnv, ClockError, type Clock } from '../src/time/clock.ts';

const HELP = `Usage: npm run validate -- [options] [paths…]

Checks content/ (groups.yaml, tags.yaml, categories/*.yaml, entries/**/*.md, resources/**/*.md)
and prints every problem as \`path:line:col  rule-id  message\` with a fix hint.

Paths limit the report to those files or folders; the whole list is still read, so duplicates
and links are checked against everything.

Options:
  --root DIR        content folder (default: content)
  --format FORMAT   text (default), github (workflow annotations) or json
  -h, --help        show this help

Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 usage or internal error.
Rules (one file each in src/content/rules/):
  bad-file, stray-file, frontmatter-missing, yaml-syntax, schema, path-mismatch,
  unknown-category, unknown-subcategory, unknown-group, duplicate-id, unknown-tag, tag-count,
  resource-kind, duplicate-entry, duplicate-description, description-style, missing-pick (off
  until picks are required), pick-style, duplicate-pick, placeholder-text, https-only,
  private-url (warning), tracking-params, raw-html, broken-internal-link, redirect-target,
  small-category (warning), review-age (warning)

Environment: ATLAS_NOW=YYYY-MM-DD pins "now" for the date rules (default: the real clock).
`;

function usage(message: string): never {
  process.stderr.write(`validate: ${message}\nRun \`npm run validate -- --help\` for usage.\n`);
  process.exit(2);
}

function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      root: { type: 'string', default: 'content' },
      format: { type: 'string', default: 'text' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}

async function main(): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse();
  } catch (err) {
    usage((err as Error).message);
  }
  if (args.values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const format = args.values.format;
  if (format !== 'text' && format !== 'github' && format !== 'json') usage(`unknown format "${format}" (use text, github or json)`);

  const root = resolve(args.values.root);
  let rootIsDir = false;
  try {
    rootIsDir = statSync(root).isDirectory();
  } catch {
    /* reported below */
  }
  if (!rootIsDir) usage(`content folder ${args.values.root} does not exist`);
  // The one place validation reads the clock: ATLAS_NOW pins it (review-age judges dates by it).
  let clock: Clock;
  try {
    clock = clockFromEnv();
  } catch (err) {
    if (err instanceof ClockError) usage(err.message);
    throw err;
  }

  // Loaded only now, so --help and usage errors answer without loading the parsers.
  const { displayPath, loadContent } = await import('../src/content/load.ts');
  const { formatReport, summarize } = await import('../src/content/report.ts');
  const { validateContent } = await import('../src/content/validate.ts');

  const files = new Set<string>();
  const folders: string[] = [];
  for (const arg of args.positionals) {
    const abs = resolve(arg);
    if (abs !== root && !abs.startsWith(root + sep)) usage(`${arg} is not inside the content folder ${args.values.root}`);
    let isDir: boolean;
    try {
      isDir = statSync(abs).isDirectory();
    } catch {
      usage(`${arg} does not exist`);
    }
    if (isDir) folders.push(displayPath(abs) + '/');
    else files.add(displayPath(abs));
  }
  const selected = args.positionals.length ? (path: string) => files.has(path) || folders.some((f) => path.startsWith(f)) : null;

  const tty = process.stderr.isTTY && !process.env.CI && format === 'text';
  const loaded = loadContent(root, {
    onProgress: tty
      ? (done, total) => {
          if (done % 50 === 0 || done === total) process.stderr.write(`\rreading ${done}/${total} files`);
        }
      : undefined,
  });
  if (tty) process.stderr.write('\r\x1b[K');

  const problems = validateContent(loaded, selected, clock());
  const checked = selected ? loaded.paths.filter(selected).length : loaded.paths.length;
  const summary = summarize(problems, checked);
  process.stdout.write(formatReport(format as ReportFormat, problems, summary));
  return summary.errors > 0 ? 1 : 0;
}

try {
  process.exitCode = await main();
} catch (err) {
  process.stderr.write(`validate: internal error: ${(err as Error).message}\n`);
  if (process.env.DEBUG) process.stderr.write(`${(err as Error).stack}\n`);
  process.exitCode = 2;
}
