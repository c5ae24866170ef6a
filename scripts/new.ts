/**
 * `npm run new`: adds one entry. Asks for what is missing when run in a terminal, or takes flags
 * (CI, scripts, tests); the work is in src/contributing/new/. Thin: flags, prompts, printing,
 * exit code.
 */
import { parseArgs } from 'node:util';
import { statSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { displayPath } from '../src/content/load.ts';
import { formatFinding } from '../src/contributing/cli.ts';
import { cliClock, utcDay } from '../src/time/clock.ts';
import { readListFiles } from '../src/contributing/content-read.ts';
import { addEntry, type NewOutcome } from '../src/contributing/new/run.ts';
import type { NewInput, Sources } from '../src/contributing/new/draft.ts';
import { entryStatus, type Entry } from '../src/schemas/entry.ts';
import { isPlaceholder } from '../src/content/rules/placeholder-text.ts';
import { endpointsFromEnv } from '../src/services/endpoints.ts';

const HELP = `Usage: npm run new [-- options]

Adds one entry: content/entries/<category>/<slug>.md. In a terminal it asks for
whatever the flags do not give; with --yes (or without a terminal) it uses the
flags and the drafts only. Repository, PyPI name, docs, a description draft and
tags are filled from GitHub (\${GITHUB_API_URL}, token from GITHUB_TOKEN if set)
and PyPI (\${PYPI_URL}) when they answer; offline it uses what it was given.
Refuses a project that is already listed (same homepage, repository or PyPI
name) and names the existing file. Runs the validator on the new file.

Options:
  --name NAME           display name, as the project writes it
  --url URL             homepage (the page a reader should land on)
  --category ID         category id (a file in content/categories/)
  --subcategory ID      use case within the category
  --repo URL            source repository (GitHub, GitLab or Codeberg)
  --pypi NAME           PyPI distribution name
  --docs URL            documentation home, when it is not the homepage
  --tags a,b            tags from content/tags.yaml
  --description TEXT    one sentence, in our own words
  --pick TEXT           when to choose it: one sentence completing "Pick it when …"
                        (without it the entry gets a TODO pick line to finish)
  --status STATUS       recommended (default), alternative or legacy
  --slug SLUG           file name (default: from the name)
  --root DIR            content folder (default: content)
  --offline             do not ask GitHub or PyPI
  --yes                 no questions: write the draft as it is
  --format FORMAT       "text" (default) or "github" (workflow annotations)
  -h, --help            show this help

Exit codes: 0 written and valid, 1 refused (duplicate, file exists) or written
with validator errors (a TODO pick line is one), 2 usage error or missing
required fields.

The entry's \`added\` date is today in UTC, or the day ATLAS_NOW gives (YYYY-MM-DD).`;

function usage(message: string): never {
  console.error(`new: ${message}\nRun "npm run new -- --help" for usage.`);
  process.exit(2);
}

let values: Record<string, string | boolean | undefined>;
try {
  ({ values } = parseArgs({
    options: {
      name: { type: 'string' },
      url: { type: 'string' },
      category: { type: 'string' },
      subcategory: { type: 'string' },
      repo: { type: 'string' },
      pypi: { type: 'string' },
      docs: { type: 'string' },
      tags: { type: 'string' },
      description: { type: 'string' },
      pick: { type: 'string' },
      status: { type: 'string' },
      slug: { type: 'string' },
      root: { type: 'string', default: 'content' },
      offline: { type: 'boolean', default: false },
      yes: { type: 'boolean', default: false },
      format: { type: 'string', default: 'text' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }));
} catch (error) {
  usage((error as Error).message);
}
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
const str = (key: string) => (typeof values[key] === 'string' ? (values[key] as string) : undefined);
const format = str('format');
if (format !== 'text' && format !== 'github') usage(`--format must be "text" or "github", not "${format}"`);
const status = str('status');
if (status !== undefined && !entryStatus.safeParse(status).success) usage(`--status must be one of ${entryStatus.options.join(', ')}, not "${status}"`);
const root = str('root') ?? 'content';
if (statSync(root, { throwIfNoEntry: false })?.isDirectory() === false) usage(`--root ${root} is a file, not the content folder`);
const clock = cliClock('new');
const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY && !values.yes);

const rl = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
async function ask(question: string, fallback?: string): Promise<string | undefined> {
  if (!rl) return fallback;
  const answer = (await rl.question(`${question}${fallback ? ` [${fallback}]` : ''}: `)).trim();
  return answer || fallback;
}

const list = readListFiles(root);
const input: NewInput = {
  name: str('name') ?? (await ask('Name (as the project writes it)')),
  url: str('url') ?? (await ask('Homepage URL')),
  category: str('category') ?? '',
  subcategory: str('subcategory'),
  repo: str('repo'),
  pypi: str('pypi'),
  docs: str('docs'),
  tags: str('tags')?.split(',').map((t) => t.trim()).filter(Boolean),
  description: str('description'),
  pick: str('pick'),
  status: status as NewInput['status'],
};
if (!input.category && rl) {
  console.log(`Categories: ${list.categories.map((c) => c.id).sort().join(', ')}`);
  input.category = (await ask('Category id')) ?? '';
}
if (!input.subcategory && rl) {
  const subs = list.categories.find((c) => c.id === input.category)?.category.subcategories ?? [];
  if (subs.length) input.subcategory = await ask(`Subcategory (${subs.map((s) => s.id).join(', ')}; empty for none)`);
}
const missing = (['name', 'url', 'category'] as const).filter((k) => !input[k]);
if (missing.length) {
  rl?.close();
  usage(`missing ${missing.map((k) => `--${k}`).join(', ')} (run in a terminal without --yes to be asked)`);
}

/** In a terminal: show each drafted field and let the contributor keep or replace it. */
async function review(draft: Partial<Entry>, sources: Sources, lookups: readonly string[]): Promise<Partial<Entry>> {
  if (!rl) return draft;
  for (const line of lookups) console.log(`  ${line}`);
  const from = (k: keyof Entry) => (sources[k] && sources[k] !== 'flag' ? ` (from ${sources[k]})` : '');
  console.log('\nDraft entry — press Enter to keep a value, or type a new one.');
  const out = { ...draft };
  for (const key of ['url', 'repo', 'pypi', 'docs'] as const) {
    const v = await ask(`${key}${from(key)}`, out[key]);
    if (v) out[key] = v;
  }
  const tags = await ask(`tags${from('tags')}`, out.tags?.join(','));
  if (tags) out.tags = tags.split(',').map((t) => t.trim()).filter(Boolean);
  if (sources.description && sources.description !== 'flag') console.log('The description below is the project\'s own words: rewrite it in ours (what it is for, what sets it apart).');
  const d = await ask(`description${from('description')}`, out.description);
  if (d) out.description = d;
  console.log('Finish the sentence "Pick it when …": when to choose it over its neighbours, one sentence ending with a period.');
  const p = await ask('pick', out.pick && !isPlaceholder(out.pick) ? out.pick : undefined);
  if (p) out.pick = p;
  const s = await ask('status (recommended, alternative, legacy)', out.status);
  if (s && entryStatus.safeParse(s).success) out.status = s as Entry['status'];
  return out;
}

let outcome: NewOutcome;
if (interactive && !values.offline) console.log('Looking the project up on GitHub and PyPI…');
try {
  outcome = await addEntry({
    root,
    input,
    slug: str('slug'),
    offline: Boolean(values.offline),
    today: utcDay(clock()),
    githubApiUrl: endpointsFromEnv().githubApiUrl,
    pypiUrl: endpointsFromEnv().pypiUrl,
    githubToken: process.env.GITHUB_TOKEN || undefined,
    review,
  });
} catch (error) {
  rl?.close();
  console.error(`new: ${(error as Error).message}`);
  process.exit(2);
}
rl?.close();

const show = (p: string) => displayPath(p);
switch (outcome.kind) {
  case 'duplicate':
    console.log(formatFinding({ path: show(outcome.path), line: 1, column: 1, rule: 'new/duplicate', severity: 'error', message: `already listed: its ${outcome.field} matches ${outcome.value}`, hint: `edit ${show(outcome.path)} instead of adding a second entry` }, format));
    process.exit(1);
  // falls through (exit)
  case 'exists':
    console.log(formatFinding({ path: show(outcome.path), line: 1, column: 1, rule: 'new/exists', severity: 'error', message: 'a different entry already uses this file name', hint: 'pass --slug with another file name' }, format));
    process.exit(1);
  // falls through (exit)
  case 'invalid':
    for (const line of outcome.lookups ?? []) console.error(`  ${line}`);
    for (const issue of outcome.issues) console.error(`new: ${issue.message}\n    fix: ${issue.hint}`);
    process.exit(2);
  // falls through (exit)
  case 'written': {
    const path = show(outcome.path);
    if (!interactive) for (const line of outcome.lookups) console.log(`  ${line}`);
    const filled = Object.entries(outcome.sources).filter(([, s]) => s !== 'flag' && s !== 'default').map(([k, s]) => `${k} from ${s}`);
    console.log(`Wrote ${path}${filled.length ? ` (${filled.join(', ')})` : ''}.`);
    if (outcome.sources.description && outcome.sources.description !== 'flag') {
      console.log('Before opening a pull request, rewrite the description in our own words: it is the project\'s own one-liner.');
    }
    if (outcome.entry.pick && isPlaceholder(outcome.entry.pick)) {
      console.log('Before opening a pull request, replace the TODO pick line: finish "Pick it when …" in our own words (see CONTRIBUTING.md).');
    }
    for (const p of outcome.problems) console.log(formatFinding({ path: show(p.path), line: p.line, column: p.col, rule: p.rule, severity: p.severity, message: p.message, hint: p.hint }, format));
    const errors = outcome.problems.filter((p) => p.severity === 'error').length;
    if (errors) console.log(`The validator found ${errors} error(s) in ${path}; fix them and run \`npm run validate -- ${path}\`.`);
    else console.log('The validator found no errors.');
    process.exit(errors ? 1 : 0);
  }
}
