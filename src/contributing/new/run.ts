/**
 * `npm run new` end to end: read the list, refuse a duplicate, look the project up on GitHub and
 * PyPI (unless offline), draft the entry, let the contributor review it, write
 * `entries/<category>/<slug>.md` atomically and run the validator on it. The CLI (scripts/new.ts)
 * only parses flags, prompts and prints the outcome.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadContent } from '../../content/load.ts';
import { validateContent } from '../../content/validate.ts';
import type { Problem } from '../../content/problem.ts';
import { createHttpClient, type HttpClient } from '../../http/index.ts';
import { kebabId } from '../../schemas/common.ts';
import { entrySchema, type Entry } from '../../schemas/entry.ts';
import { writeFileAtomic } from '../../files/atomic-write.ts';
import { parseNow } from '../../time/clock.ts';
import { readListFiles } from '../content-read.ts';
import { renderEntryFile } from '../files.ts';
import { slugify } from '../slug.ts';
import { fetchRepositoryRest } from '../../github/index.ts';
import { githubRepoIn, repoSlug, repoUrlOf } from '../../identity/repo.ts';
import { fetchPypiProject } from '../../pypi/client.ts';
import { draftEntry, findDuplicate, githubName, pypiRepoUrl, type Facts, type NewInput, type Sources } from './draft.ts';

export interface NewOptions {
  /** Content folder. */
  root: string;
  input: NewInput;
  /** File name to use instead of the slugified name. */
  slug?: string | undefined;
  /** Skip GitHub and PyPI. */
  offline?: boolean | undefined;
  today: string;
  githubApiUrl: string;
  pypiUrl: string;
  githubToken?: string | undefined;
  /** Lets the contributor edit the draft before it is written (interactive mode). */
  review?: ((draft: Partial<Entry>, sources: Sources, lookups: readonly string[]) => Promise<Partial<Entry>>) | undefined;
  /** For tests; a client is created (and closed) otherwise. */
  http?: HttpClient | undefined;
}

export type NewOutcome =
  | { kind: 'duplicate'; path: string; field: 'url' | 'repo' | 'pypi'; value: string }
  | { kind: 'invalid'; issues: Array<{ field: string; message: string; hint: string }>; lookups?: string[] }
  | { kind: 'exists'; path: string }
  | { kind: 'written'; path: string; entry: Entry; sources: Sources; lookups: string[]; problems: Problem[] };

/** Runs `new`. Throws only for programming errors; every user-facing outcome is a value. */
export async function addEntry(options: NewOptions): Promise<NewOutcome> {
  const root = resolve(options.root);
  const list = readListFiles(root);
  const { input } = options;

  const category = list.categories.find((c) => c.id === input.category);
  if (!category) {
    const known = list.categories.map((c) => c.id).sort();
    return { kind: 'invalid', issues: [{ field: 'category', message: `there is no category "${input.category}"`, hint: `use one of: ${known.join(', ') || '(none yet: add content/categories/<id>.yaml)'}` }] };
  }
  const subs = category.category.subcategories ?? [];
  if (input.subcategory && !subs.some((s) => s.id === input.subcategory)) {
    return { kind: 'invalid', issues: [{ field: 'subcategory', message: `category "${input.category}" has no subcategory "${input.subcategory}"`, hint: subs.length ? `use one of: ${subs.map((s) => s.id).join(', ')}` : 'leave it out: this category has no subcategories' }] };
  }
  if (input.tags) {
    const unknown = input.tags.filter((t) => !(t in list.tags));
    if (unknown.length) return { kind: 'invalid', issues: [{ field: 'tags', message: `unknown tag${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`, hint: 'use tags from content/tags.yaml, or add the tag there with an explanation' }] };
  }

  const existing = list.entries.map((e) => ({ path: e.path, entry: e.entry }));
  const early = findDuplicate({ url: input.url, repo: input.repo, pypi: input.pypi }, existing);
  if (early) return { kind: 'duplicate', ...early };

  const facts: Facts = {};
  const lookups: string[] = [];
  if (!options.offline) {
    const http = options.http ?? createHttpClient({ connectTimeoutMs: 3_000, headersTimeoutMs: 8_000, totalTimeoutMs: 10_000, retry: { retries: 1 }, userAgent: 'python-atlas-new' });
    try {
      await lookUp(options, facts, lookups, http);
    } finally {
      if (!options.http) await http.close();
    }
  }

  const categoryTags = tagFrequency(list.entries.filter((e) => e.entry.category === input.category).map((e) => e.entry.tags));
  const drafted = draftEntry(input, facts, { today: options.today, vocabulary: new Set(Object.keys(list.tags)), categoryTags });
  let draft = drafted.entry;
  let sources = drafted.sources;
  if (options.review) {
    const reviewed = await options.review(draft, sources, lookups);
    // What the contributor typed over a draft is theirs now.
    for (const key of Object.keys(reviewed) as Array<keyof Entry>) {
      if (JSON.stringify(reviewed[key]) !== JSON.stringify(draft[key])) sources = { ...sources, [key]: 'flag' };
    }
    draft = reviewed;
  }

  const late = findDuplicate(draft, existing);
  if (late) return { kind: 'duplicate', ...late };

  const parsed = entrySchema.safeParse(draft);
  if (!parsed.success) {
    return {
      kind: 'invalid',
      lookups,
      issues: parsed.error.issues.map((i) => {
        const field = String(i.path[0] ?? 'entry');
        const absent = draft[field as keyof Entry] === undefined;
        const message = absent ? `${field} is missing${options.offline ? '' : ' (GitHub and PyPI gave no draft for it)'}` : `${field}: ${i.message}`;
        return { field, message, hint: HINTS[field] ?? `pass --${field}` };
      }),
    };
  }
  const entry = parsed.data;
  const slug = options.slug ?? slugify(entry.name);
  if (!slug) return { kind: 'invalid', issues: [{ field: 'slug', message: `"${entry.name}" gives no usable file name`, hint: 'pass --slug with a lowercase-kebab-case file name' }] };
  // The slug becomes a path segment: "../x" or "a/b" would write outside entries/<category>/.
  if (!kebabId.safeParse(slug).success) return { kind: 'invalid', issues: [{ field: 'slug', message: `--slug "${slug}" is not a file name we can use`, hint: 'pass --slug in lowercase kebab-case, like "fastapi-users" (no slashes or dots)' }] };
  const file = join(root, 'entries', entry.category, `${slug}.md`);
  const shown = list.entries.find((e) => e.rel === `entries/${entry.category}/${slug}.md`)?.path;
  if (existsSync(file)) return { kind: 'exists', path: shown ?? file };

  await writeFileAtomic(file, renderEntryFile(entry));
  const loaded = loadContent(root, { display: (abs) => abs });
  const problems = validateContent(loaded, (path) => path === file, parseNow(options.today));
  return { kind: 'written', path: file, entry, sources, lookups, problems };
}

const HINTS: Record<string, string> = {
  name: 'pass --name "Display Name"',
  url: 'pass --url https://… (the project homepage)',
  tags: 'pass --tags a,b with tags from content/tags.yaml',
  description: 'pass --description "One sentence, in our own words, on what it is for."',
  pick: 'pass --pick "you want …": one sentence, in our own words, that completes "Pick it when …"',
  repo: 'pass --repo https://github.com/owner/name',
  pypi: 'pass --pypi with the name you pip install',
};

/**
 * GitHub first (repo from the flags or the URL), then PyPI; PyPI can reveal the repo for a second
 * GitHub call. At most four requests, through the project's one GitHub and one PyPI client, with
 * short time budgets: `new` must also work offline.
 */
async function lookUp(options: NewOptions, facts: Facts, lookups: string[], http: HttpClient): Promise<void> {
  const { input } = options;
  const quick = { retries: 1, timeoutMs: 8_000, maxBodyBytes: 8 * 1024 * 1024 };
  const askGithub = async (repoUrl: string | undefined) => {
    const ref = repoUrl ? githubRepoIn(repoUrl) : undefined;
    if (!ref || facts.github) return;
    const r = await fetchRepositoryRest(ref, { http, apiUrl: options.githubApiUrl, token: options.githubToken }, quick);
    if (r.status === 'found') facts.github = r.data;
    lookups.push(r.status === 'found' ? `GitHub: found ${r.data.nameWithOwner}` : r.status === 'missing' ? `GitHub: ${repoSlug(ref)} not found` : `${r.error}; drafted without GitHub`);
  };
  await askGithub(input.repo ?? (input.url ? repoUrlOf(input.url) : undefined));
  const guesses = [facts.github ? githubName(facts.github) : undefined, input.name];
  const candidates = input.pypi ? [input.pypi] : [...new Set(guesses.filter((n): n is string => !!n && /^[A-Za-z0-9._-]+$/.test(n)))].slice(0, 2);
  for (const name of candidates) {
    const r = await fetchPypiProject(name, { http, baseUrl: options.pypiUrl, ...quick });
    if (r.status === 'found') {
      facts.pypi = { ...r.project.info, name: r.project.info.name ?? name };
      lookups.push(`PyPI: found ${facts.pypi.name}`);
      break;
    }
    if (r.status === 'error') {
      lookups.push(`${r.error}; drafted without PyPI`);
      break;
    }
    if (input.pypi) lookups.push(`PyPI: no project named ${name}`);
  }
  if (!facts.github && facts.pypi) {
    await askGithub(pypiRepoUrl(facts.pypi));
  }
}

/** Tags ordered by how many entries use them. */
function tagFrequency(tagLists: ReadonlyArray<readonly string[]>): string[] {
  const counts = new Map<string, number>();
  for (const tags of tagLists) for (const t of tags) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([t]) => t);
}
