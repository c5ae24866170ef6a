/**
 * The search catalogue: what the ranking knows about every entry that a full-text index cannot
 * (its name, import and PyPI names, category and use case, tags, curation status, activity flags
 * and popularity), plus the taxonomy and the query vocabulary. Written once per build to
 * /search/catalog.json (src/pages/search/catalog.json.ts) and loaded lazily with the Pagefind
 * index on the first search. Pagefind searches the prose; this knows the list.
 *
 * buildCatalog runs at build time; prepareCatalog runs in the browser and precomputes the stems
 * every query compares against. Both are pure. No zod here: this module ships to the browser.
 */
import type { SynonymsFile } from '../schemas/synonyms.ts';
import type { Atlas } from '../site/view-model.ts';
import { compact, singular, stem, words } from './fold.ts';
import { popularityScores } from './popularity.ts';
import { compileVocabulary, type Vocabulary } from './query.ts';
import { protectedWords } from './spell.ts';

export const CATALOG_VERSION = 1;

export interface CatalogCategory {
  id: string;
  title: string;
  /** Index into `groups`. */
  g: number;
  /** Use cases in their declared order: [id, title]. */
  subs: Array<[string, string]>;
  /** Entries in the category. */
  n: number;
}

export interface CatalogEntry {
  /** Entry id (`web-frameworks/fastapi`): the page is /entries/<d>/. */
  d: string;
  /** Display name. */
  n: string;
  /** Index into `categories`. */
  c: number;
  /** Index into the category's `subs`, when the entry has a declared use case. */
  u?: number;
  /** Indexes into `tags`. */
  t: number[];
  /** Curation status: 0 recommended, 1 alternative, 2 legacy. */
  r: 0 | 1 | 2;
  /** Activity flags, one letter each: a archived, s stale, d deprecated, n new. */
  f?: string;
  /** PyPI distribution name. */
  p?: string;
  /** Import name, when it differs from the PyPI name. */
  i?: string;
  /** Popularity in [-1, 1] (src/search/popularity.ts); absent when the activity store has no data. */
  pop?: number;
}

export interface SearchCatalog {
  v: typeof CATALOG_VERSION;
  groups: Array<{ id: string; title: string }>;
  categories: CatalogCategory[];
  tags: string[];
  /** Every entry, in the list's curated order (the final tie-break). */
  entries: CatalogEntry[];
  /** content/synonyms.yaml as validated at build time. */
  vocabulary: SynonymsFile;
  /** Real words from the site's prose that a typo correction must leave alone (src/search/spell.ts). */
  protected: string[];
}

const STATUS_CODE = { recommended: 0, alternative: 1, legacy: 2 } as const;

/** Builds the catalogue from the site's view model and the vocabulary (at build time). */
export function buildCatalog(atlas: Pick<Atlas, 'groups' | 'categories' | 'entries'>, vocabulary: SynonymsFile): SearchCatalog {
  const groups = atlas.groups.map((g) => ({ id: g.id, title: g.title }));
  const groupIndex = new Map(groups.map((g, i) => [g.id, i]));
  const categories: CatalogCategory[] = atlas.categories.map((c) => ({
    id: c.id,
    title: c.data.title,
    g: groupIndex.get(c.data.group) ?? -1,
    subs: (c.data.subcategories ?? []).map((s) => [s.id, s.title] as [string, string]),
    n: c.entries.length,
  }));
  const catIndex = new Map(categories.map((c, i) => [c.id, i]));
  const tags = [...new Set(atlas.entries.flatMap((e) => e.data.tags))].sort();
  const tagIndex = new Map(tags.map((t, i) => [t, i]));
  const pops = popularityScores(atlas.entries.map((e) => ({ stars: e.stars, downloads: e.downloads })));
  const entries: CatalogEntry[] = atlas.entries.map((e, k) => {
    const c = catIndex.get(e.data.category) ?? -1;
    const u = categories[c]?.subs.findIndex(([id]) => id === e.data.subcategory) ?? -1;
    const flags = `${e.flags.archived ? 'a' : ''}${e.flags.stale ? 's' : ''}${e.flags.deprecated ? 'd' : ''}${e.flags.new ? 'n' : ''}`;
    const out: CatalogEntry = { d: e.id, n: e.data.name, c, t: e.data.tags.map((t) => tagIndex.get(t)!), r: STATUS_CODE[e.data.status] };
    if (u >= 0) out.u = u;
    if (flags) out.f = flags;
    if (e.data.pypi) out.p = e.data.pypi;
    if (e.data.import) out.i = e.data.import;
    const pop = pops[k];
    if (pop !== null && pop !== undefined) out.pop = pop;
    return out;
  });
  const draft: SearchCatalog = { v: CATALOG_VERSION, groups, categories, tags, entries, vocabulary, protected: [] };
  const prose = [
    ...atlas.entries.flatMap((e) => [e.data.description, e.data.pick ?? '', e.note]),
    ...atlas.categories.flatMap((c) => [c.data.intro]),
  ].flatMap(words);
  draft.protected = protectedWords(prose, spellTargets(draft).keys());
  return draft;
}

/**
 * The words a typo may be corrected to, with a priority: names, compact names, imports and PyPI
 * names of recommended entries first (3), other entries (2), legacy ones (1), then taxonomy and
 * vocabulary words (1).
 */
export function spellTargets(catalog: SearchCatalog): Map<string, number> {
  const targets = new Map<string, number>();
  const add = (w: string, p: number) => {
    if (w.length >= 3 && (targets.get(w) ?? 0) < p) targets.set(w, p);
  };
  for (const e of catalog.entries) {
    const p = 3 - e.r;
    for (const text of [e.n, e.p ?? '', e.i ?? '']) {
      if (!text) continue;
      for (const w of words(text)) add(w, p);
      add(compact(text), p);
    }
  }
  for (const c of catalog.categories) {
    for (const w of words(c.title)) add(w, 1);
    for (const [, title] of c.subs) for (const w of words(title)) add(w, 1);
  }
  for (const t of catalog.tags) for (const w of words(t)) add(w, 1);
  for (const g of catalog.vocabulary.synonyms) for (const p of g) for (const w of words(p)) add(w, 1);
  return targets;
}

/** One entry as the ranking sees it: stems per field, ready for comparison. */
export interface PreparedEntry {
  index: number;
  id: string;
  name: string;
  href: string;
  cat: number;
  sub: number;
  status: 0 | 1 | 2;
  flags: string;
  pop: number;
  tags: string[];
  /**
   * The name, PyPI name and import name, each as its words in singular (filler words left out):
   * names are matched gently (src/search/fold.ts singular), and scored by how much of one the
   * query covers.
   */
  nameSources: string[][];
  /** The same, as sets. */
  nameSets: Array<Set<string>>;
  /** Compact name, PyPI name, import name and slug: an exact query match on these is the project. */
  nameKeys: string[];
  /** Stems of the category title and id. */
  catTerms: Set<string>;
  /** Stems of the use-case (subcategory) title. */
  subTerms: Set<string>;
  tagTerms: Set<string>;
}

export interface PreparedCategory {
  index: number;
  id: string;
  title: string;
  href: string;
  groupId: string;
  count: number;
  terms: Set<string>;
  subs: Array<{ id: string; title: string; terms: Set<string> }>;
}

/** Look-ups from a word to the entries it can match, so a query scores only its candidates. */
export interface CatalogIndex {
  /** Singular name word, or compact name → entries. */
  nameWords: Map<string, number[]>;
  /** Category index → its entries. */
  byCategory: number[][];
  /** "<category index>/<use-case index>" → entries. */
  bySub: Map<string, number[]>;
  /** Stem of a tag word → entries. */
  tagWords: Map<string, number[]>;
}

export interface PreparedCatalog {
  entries: PreparedEntry[];
  index: CatalogIndex;
  categories: PreparedCategory[];
  groups: Array<{ id: string; title: string }>;
  vocabulary: Vocabulary;
  spell: Map<string, number>;
  /** Stems of every word search knows (names, taxonomy, vocabulary) and the protected prose words. */
  known: Set<string>;
}

const stems = (text: string) => words(text).map(stem);

/** Precomputes every entry's stems once (in the browser, when the catalogue arrives). */
export function prepareCatalog(catalog: SearchCatalog, base = '/'): PreparedCatalog {
  const root = base.endsWith('/') ? base : `${base}/`;
  const vocabulary = compileVocabulary(catalog.vocabulary);
  const categories: PreparedCategory[] = catalog.categories.map((c, index) => ({
    index,
    id: c.id,
    title: c.title,
    href: `${root}category/${c.id}/`,
    groupId: catalog.groups[c.g]?.id ?? '',
    count: c.n,
    terms: new Set([...stems(c.title), ...stems(c.id)]),
    subs: c.subs.map(([id, title]) => ({ id, title, terms: new Set(stems(title)) })),
  }));
  const entries: PreparedEntry[] = catalog.entries.map((e, index) => {
    const names = [e.n, e.p ?? '', e.i ?? ''].filter(Boolean);
    const slug = e.d.split('/').at(-1) ?? '';
    const nameKeys = [...new Set([...names, slug].map(compact).filter(Boolean))];
    const nameSources = names.map((n) => words(n).map(singular).filter((w) => !vocabulary.ignore.has(stem(w)))).filter((w) => w.length > 0);
    const cat = categories[e.c];
    return {
      index,
      id: e.d,
      name: e.n,
      href: `${root}entries/${e.d}/`,
      cat: e.c,
      sub: e.u ?? -1,
      status: e.r,
      flags: e.f ?? '',
      pop: e.pop ?? 0,
      tags: e.t.map((t) => catalog.tags[t] ?? ''),
      nameSources,
      nameSets: nameSources.map((w) => new Set(w)),
      nameKeys,
      catTerms: cat?.terms ?? new Set(),
      subTerms: e.u !== undefined ? (cat?.subs[e.u]?.terms ?? new Set()) : new Set(),
      tagTerms: new Set(e.t.flatMap((t) => stems(catalog.tags[t] ?? ''))),
    };
  });
  const spell = spellTargets(catalog);
  const known = new Set([...spell.keys(), ...catalog.protected].map(stem));
  return { entries, index: indexEntries(entries, categories.length), categories, groups: catalog.groups, vocabulary, spell, known };
}

function indexEntries(entries: readonly PreparedEntry[], categoryCount: number): CatalogIndex {
  const index: CatalogIndex = { nameWords: new Map(), byCategory: Array.from({ length: categoryCount }, () => []), bySub: new Map(), tagWords: new Map() };
  const post = (m: Map<string, number[]>, k: string, i: number) => {
    const list = m.get(k);
    if (!list) m.set(k, [i]);
    else if (list.at(-1) !== i) list.push(i);
  };
  for (const e of entries) {
    for (const w of new Set([...e.nameSources.flat(), ...e.nameKeys])) post(index.nameWords, w, e.index);
    index.byCategory[e.cat]?.push(e.index);
    if (e.sub >= 0) post(index.bySub, `${e.cat}/${e.sub}`, e.index);
    for (const t of e.tagTerms) post(index.tagWords, t, e.index);
  }
  return index;
}
