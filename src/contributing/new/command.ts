/**
 * The `npm run new` command (scripts/new.ts only calls `main`): adds one entry. Asks for what is
 * missing when run in a terminal, or takes flags (CI, scripts, tests); the work is in run.ts
 * (`addEntry`). This module: flags, prompts, printing, exit code.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { formatFindings, parseFormat } from '../../cli/format.ts';
import { parseArgv, UsageError, wantsHelp, type CliIo } from '../../cli/io.ts';
import { displayPath } from '../../content/load.ts';
import { isPlaceholder } from '../../content/rules/placeholder-text.ts';
import { entryStatus, type Entry } from '../../schemas/entry.ts';
import { endpointsFromEnv } from '../../services/endpoints.ts';
import { utcDay, type Clock } from '../../time/clock.ts';
import { readListFiles } from '../content-read.ts';
import type { NewInput, Sources } from './draft.ts';
import { addEntry } from './run.ts';

export const HELP = `Usage: npm run new [-- options]

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

The entry's \`added\` date is today in UTC, or the day ATLAS_NOW gives (YYYY-MM-DD).
`;

/** `npm run new`: see HELP. */
export async function run(argv: readonly string[], io: CliIo, clock: Clock): Promise<number> {
  const { values } = parseArgv(argv, {
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
  });
  if (wantsHelp(values, io, HELP)) return 0;
  const format = parseFormat(values.format, ['text', 'github']);
  const status = values.status;
  if (status !== undefined && !entryStatus.safeParse(status).success) throw new UsageError(`--status must be one of ${entryStatus.options.join(', ')}, not "${status}"`);
  const root = resolve(io.cwd, values.root);
  if (statSync(root, { throwIfNoEntry: false })?.isDirectory() === false) throw new UsageError(`--root ${values.root} is a file, not the content folder`);
  const say = (line: string) => io.stdout.write(`${line}\n`);
  const interactive = Boolean(io.stdin?.isTTY && io.stdout.isTTY && !values.yes);

  const rl = interactive && io.stdin ? createInterface({ input: io.stdin, output: io.stdout as NodeJS.WritableStream }) : undefined;
  try {
    const ask = async (question: string, fallback?: string): Promise<string | undefined> => {
      if (!rl) return fallback;
      const answer = (await rl.question(`${question}${fallback ? ` [${fallback}]` : ''}: `)).trim();
      return answer || fallback;
    };

    const list = readListFiles(root);
    const input: NewInput = {
      name: values.name ?? (await ask('Name (as the project writes it)')),
      url: values.url ?? (await ask('Homepage URL')),
      category: values.category ?? '',
      subcategory: values.subcategory,
      repo: values.repo,
      pypi: values.pypi,
      docs: values.docs,
      tags: values.tags?.split(',').map((t) => t.trim()).filter(Boolean),
      description: values.description,
      pick: values.pick,
      status: status as NewInput['status'],
    };
    if (!input.category && rl) {
      say(`Categories: ${list.categories.map((c) => c.id).sort().join(', ')}`);
      input.category = (await ask('Category id')) ?? '';
    }
    if (!input.subcategory && rl) {
      const subs = list.categories.find((c) => c.id === input.category)?.category.subcategories ?? [];
      if (subs.length) input.subcategory = await ask(`Subcategory (${subs.map((s) => s.id).join(', ')}; empty for none)`);
    }
    const missing = (['name', 'url', 'category'] as const).filter((k) => !input[k]);
    if (missing.length) throw new UsageError(`missing ${missing.map((k) => `--${k}`).join(', ')} (run in a terminal without --yes to be asked)`);

    /** In a terminal: show each drafted field and let the contributor keep or replace it. */
    const review = async (draft: Partial<Entry>, sources: Sources, lookups: readonly string[]): Promise<Partial<Entry>> => {
      if (!rl) return draft;
      for (const line of lookups) say(`  ${line}`);
      const from = (k: keyof Entry) => (sources[k] && sources[k] !== 'flag' ? ` (from ${sources[k]})` : '');
      say('\nDraft entry — press Enter to keep a value, or type a new one.');
      const out = { ...draft };
      for (const key of ['url', 'repo', 'pypi', 'docs'] as const) {
        const v = await ask(`${key}${from(key)}`, out[key]);
        if (v) out[key] = v;
      }
      const tags = await ask(`tags${from('tags')}`, out.tags?.join(','));
      if (tags) out.tags = tags.split(',').map((t) => t.trim()).filter(Boolean);
      if (sources.description && sources.description !== 'flag') say('The description below is the project\'s own words: rewrite it in ours (what it is for, what sets it apart).');
      const d = await ask(`description${from('description')}`, out.description);
      if (d) out.description = d;
      say('Finish the sentence "Pick it when …": when to choose it over its neighbours, one sentence ending with a period.');
      const p = await ask('pick', out.pick && !isPlaceholder(out.pick) ? out.pick : undefined);
      if (p) out.pick = p;
      const s = await ask('status (recommended, alternative, legacy)', out.status);
      if (s && entryStatus.safeParse(s).success) out.status = s as Entry['status'];
      return out;
    };

    if (interactive && !values.offline) say('Looking the project up on GitHub and PyPI…');
    const { githubApiUrl, pypiUrl } = endpointsFromEnv(io.env);
    const outcome = await addEntry({
      root,
      input,
      slug: values.slug,
      offline: values.offline,
      today: utcDay(clock()),
      githubApiUrl,
      pypiUrl,
      githubToken: io.env.GITHUB_TOKEN || undefined,
      review,
    });

    const show = (p: string) => displayPath(p, io.cwd);
    switch (outcome.kind) {
      case 'duplicate':
        io.stdout.write(formatFindings(format, [{ path: show(outcome.path), line: 1, col: 1, rule: 'new/duplicate', severity: 'error', message: `already listed: its ${outcome.field} matches ${outcome.value}`, hint: `edit ${show(outcome.path)} instead of adding a second entry` }]));
        return 1;
      case 'exists':
        io.stdout.write(formatFindings(format, [{ path: show(outcome.path), line: 1, col: 1, rule: 'new/exists', severity: 'error', message: 'a different entry already uses this file name', hint: 'pass --slug with another file name' }]));
        return 1;
      case 'invalid':
        for (const line of outcome.lookups ?? []) io.stderr.write(`  ${line}\n`);
        for (const issue of outcome.issues) io.stderr.write(`new: ${issue.message}\n    fix: ${issue.hint}\n`);
        return 2;
      case 'written': {
        const path = show(outcome.path);
        if (!interactive) for (const line of outcome.lookups) say(`  ${line}`);
        const filled = Object.entries(outcome.sources).filter(([, s]) => s !== 'flag' && s !== 'default').map(([k, s]) => `${k} from ${s}`);
        say(`Wrote ${path}${filled.length ? ` (${filled.join(', ')})` : ''}.`);
        if (outcome.sources.description && outcome.sources.description !== 'flag') {
          say('Before opening a pull request, rewrite the description in our own words: it is the project\'s own one-liner.');
        }
        if (outcome.entry.pick && isPlaceholder(outcome.entry.pick)) {
          say('Before opening a pull request, replace the TODO pick line: finish "Pick it when …" in our own words (see CONTRIBUTING.md).');
        }
        io.stdout.write(formatFindings(format, outcome.problems.map((p) => ({ ...p, path: show(p.path) }))));
        const errors = outcome.problems.filter((p) => p.severity === 'error').length;
        say(errors ? `The validator found ${errors} error(s) in ${path}; fix them and run \`npm run validate -- ${path}\`.` : 'The validator found no errors.');
        return errors ? 1 : 0;
      }
    }
    return outcome satisfies never;
  } finally {
    rl?.close();
  }
}
