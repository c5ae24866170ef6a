/**
 * Pure decisions of `npm run new`: which facts from the flags, GitHub and PyPI end up in the entry
 * (the contributor's flags always win), how a description draft is tidied, which tags fit the
 * vocabulary, and whether the project is already on the list. No I/O, so every rule is a table test.
 */
import type { RepoData } from '../../github/index.ts';
import { ListedProjects, type IdentityField } from '../../identity/listed.ts';
import { repoUrlOf } from '../../identity/repo.ts';
import { sameUrlKey } from '../../identity/url.ts';
import type { Entry, EntryStatus } from '../../schemas/entry.ts';
import type { PypiProjectInfo } from '../../schemas/pypi-api.ts';
import { placeholderPick } from '../pick-draft.ts';
import { slugify } from '../slug.ts';

export interface NewInput {
  name?: string | undefined;
  url?: string | undefined;
  category: string;
  subcategory?: string | undefined;
  repo?: string | undefined;
  pypi?: string | undefined;
  docs?: string | undefined;
  tags?: string[] | undefined;
  description?: string | undefined;
  /** Completes "Pick it when …"; without it the entry gets a TODO pick for the contributor to finish. */
  pick?: string | undefined;
  status?: EntryStatus | undefined;
}

/** What PyPI said about a project (its JSON API `info`, with the name it goes by). */
export type PypiProject = PypiProjectInfo & { name: string };

export interface Facts {
  /** The repository as GitHub's REST API described it. */
  github?: RepoData | undefined;
  pypi?: PypiProject | undefined;
}

/** The repository's own name (`litestar` of `litestar-org/litestar`). */
export function githubName(repo: RepoData): string {
  return repo.nameWithOwner.slice(repo.nameWithOwner.indexOf('/') + 1);
}

export interface DraftContext {
  today: string;
  /** Tag vocabulary (tags.yaml). */
  vocabulary: ReadonlySet<string>;
  /** Tags used in the category, most used first: the fallback when nothing else fits. */
  categoryTags: readonly string[];
}

/** Where each filled field came from, for the summary line ("description: GitHub"). */
export type Sources = Partial<Record<keyof Entry, 'flag' | 'GitHub' | 'PyPI' | 'URL' | 'category' | 'default'>>;

/** The URL of a PyPI project's source repository, from its project URLs or home page. */
export function pypiRepoUrl(project: PypiProject): string | undefined {
  const urls = project.project_urls ?? {};
  const preferred = Object.entries(urls).sort(([a], [b]) => rank(a) - rank(b));
  for (const [, url] of preferred) {
    const repo = repoUrlOf(url);
    if (repo) return repo;
  }
  return project.home_page ? repoUrlOf(project.home_page) : undefined;
}
function rank(label: string): number {
  return /source|repo|code|github|gitlab/i.test(label) ? 0 : /home/i.test(label) ? 1 : 2;
}

/** Whether any URL of the PyPI project is on the same host as `url`. */
function mentionsHost(project: PypiProject, url: string | undefined): boolean {
  const host = (u: string) => {
    try {
      return new URL(u).hostname.replace(/^www\./, '').toLowerCase();
    } catch {
      return null;
    }
  };
  const wanted = url ? host(url) : null;
  if (!wanted) return false;
  return [project.home_page ?? '', ...Object.values(project.project_urls ?? {})].some((u) => u && host(u) === wanted);
}

/** The documentation URL a PyPI project names, if any. */
export function pypiDocsUrl(project: PypiProject): string | undefined {
  const entry = Object.entries(project.project_urls ?? {}).find(([label]) => /^doc/i.test(label.trim()));
  return entry?.[1];
}

/**
 * Turns a project's own one-liner into a draft in our format: trimmed, emoji and badges dropped,
 * capitalised, one trailing period, at most 160 characters (cut at a word). The contributor still
 * has to rewrite it in our own words; the draft only saves typing.
 */
export function tidyDescription(text: string): string | undefined {
  let d = text
    .replace(/:[a-z0-9_+-]+:/g, '')
    .replace(/[\p{Extended_Pictographic}\u{FE0F}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.!;:,]+$/, '');
  if (!d) return undefined;
  d = d.charAt(0).toUpperCase() + d.slice(1);
  if (d.length > 159) d = `${d.slice(0, 159).replace(/\s+\S*$/, '')}`;
  return `${d}.`;
}

/**
 * Tags from the vocabulary that GitHub topics, PyPI keywords or "Topic ::" classifiers name
 * (slugified, singular or plural), most specific sources first, at most four.
 */
export function suggestTags(facts: Facts, vocabulary: ReadonlySet<string>): string[] {
  const words: string[] = [...(facts.github?.topics ?? [])];
  const keywords = facts.pypi?.keywords ?? '';
  words.push(...keywords.split(/[,\s]+/));
  for (const c of facts.pypi?.classifiers ?? []) {
    const m = /^Topic :: (.+)$/.exec(c);
    if (m?.[1]) words.push(...m[1].split(' :: '));
  }
  const out: string[] = [];
  for (const word of words) {
    const slug = slugify(word);
    for (const candidate of [slug, slug.replace(/s$/, ''), `${slug}s`]) {
      if (candidate && vocabulary.has(candidate) && !out.includes(candidate)) out.push(candidate);
    }
  }
  return out.slice(0, 4);
}

/**
 * Merges flags and looked-up facts into an entry. Flags win; GitHub's current repository URL
 * replaces a renamed one; the PyPI name is only taken from PyPI when that project points back at
 * the same repository (a guessed name that belongs to someone else is worse than none).
 */
export function draftEntry(input: NewInput, facts: Facts, ctx: DraftContext): { entry: Partial<Entry>; sources: Sources } {
  const sources: Sources = {};
  const pick = <K extends keyof Entry>(key: K, candidates: Array<[Entry[K] | undefined, NonNullable<Sources[K]>]>): Entry[K] | undefined => {
    for (const [value, source] of candidates) {
      if (value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0)) {
        sources[key] = source;
        return value;
      }
    }
    return undefined;
  };
  const githubRepo = facts.github ? repoUrlOf(facts.github.url) : undefined;
  const pypiRepo = facts.pypi ? pypiRepoUrl(facts.pypi) : undefined;
  const repo = pick('repo', [
    [githubRepo, 'GitHub'],
    [input.repo ? repoUrlOf(input.repo) ?? input.repo : undefined, 'flag'],
    [input.url ? repoUrlOf(input.url) : undefined, 'URL'],
    [pypiRepo, 'PyPI'],
  ]);
  if (githubRepo && input.repo && sameUrlKey(input.repo) === sameUrlKey(githubRepo)) sources.repo = 'flag';
  // A name given with --pypi is trusted unless PyPI points at another repository; a guessed name
  // must point back at our repository or homepage.
  const sameRepo = !!repo && !!pypiRepo && sameUrlKey(pypiRepo) === sameUrlKey(repo);
  const pypiMatches = !!facts.pypi && (input.pypi ? !repo || !pypiRepo || sameRepo : sameRepo || (!pypiRepo && mentionsHost(facts.pypi, input.url)));
  const homepage = facts.github?.homepage?.trim() || undefined;
  const validHomepage = homepage && /^https?:\/\/[^/\s]+\.[^/\s]+/.test(homepage) && !repoUrlOf(homepage) ? homepage : undefined;
  const name = pick('name', [[input.name?.trim(), 'flag'], [facts.github ? githubName(facts.github) : undefined, 'GitHub'], [facts.pypi?.name, 'PyPI']]);
  const entry: Partial<Entry> = {
    name,
    // `url` is the page a reader lands on: when the contributor gave the repository and the
    // project has a homepage, the homepage wins (the repository stays in `repo`).
    url: pick('url', [
      [input.url && repoUrlOf(input.url) && sameUrlKey(repoUrlOf(input.url) ?? '') === sameUrlKey(input.url) && validHomepage ? undefined : input.url?.trim(), 'flag'],
      [validHomepage, 'GitHub'],
      [repo, 'GitHub'],
    ]),
    repo,
    pypi: pick('pypi', [[input.pypi?.trim(), 'flag'], [pypiMatches ? facts.pypi?.name : undefined, 'PyPI']]),
    docs: pick('docs', [[input.docs?.trim(), 'flag'], [facts.pypi && pypiMatches ? pypiDocsUrl(facts.pypi) : undefined, 'PyPI']]),
    category: input.category,
    subcategory: pick('subcategory', [[input.subcategory, 'flag']]),
    tags: pick('tags', [
      [input.tags, 'flag'],
      [suggestTags({ github: facts.github, pypi: pypiMatches ? facts.pypi : undefined }, ctx.vocabulary), facts.github ? 'GitHub' : 'PyPI'],
      [ctx.categoryTags.slice(0, 2), 'category'],
    ]),
    description: pick('description', [
      [input.description?.trim(), 'flag'],
      [facts.github?.description ? tidyDescription(facts.github.description) : undefined, 'GitHub'],
      [pypiMatches && facts.pypi?.summary ? tidyDescription(facts.pypi.summary) : undefined, 'PyPI'],
    ]),
    // No source says when to choose a project over its neighbours: without --pick, a TODO draft
    // that the validator's placeholder-text rule refuses until the contributor writes it.
    pick: pick('pick', [[input.pick?.trim(), 'flag'], [name ? placeholderPick(name) : undefined, 'default']]),
    status: pick('status', [[input.status, 'flag'], ['recommended', 'default']]),
    added: ctx.today,
  };
  if (entry.docs && entry.url && sameUrlKey(entry.docs) === sameUrlKey(entry.url)) {
    delete entry.docs;
    delete sources.docs;
  }
  for (const key of Object.keys(entry) as Array<keyof Entry>) if (entry[key] === undefined) delete entry[key];
  return { entry, sources };
}

export interface ExistingEntry {
  /** Path as shown to the user. */
  path: string;
  entry: Pick<Entry, 'name' | 'url'> & Partial<Pick<Entry, 'repo' | 'pypi'>>;
}

/**
 * The entry already on the list for the same project (src/identity/listed.ts: same homepage or
 * repository either way round, or the same PyPI name). Null when there is none.
 */
export function findDuplicate(candidate: Partial<Pick<Entry, 'url' | 'repo' | 'pypi'>>, existing: readonly ExistingEntry[]): { path: string; field: IdentityField; value: string } | null {
  const listed = new ListedProjects<string>();
  for (const { path, entry } of existing) listed.add(path, entry);
  const hit = listed.find(candidate);
  return hit ? { path: hit.item, field: hit.field, value: hit.value } : null;
}
