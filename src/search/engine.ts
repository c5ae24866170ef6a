/**
 * One search, from typed text to ranked entries, shared by the header box, the /search/ page and
 * the 404 page. Steps: understand the query (src/search/query.ts); fix a word nobody uses
 * (src/search/spell.ts); ask Pagefind for every phrase of every slot; turn its hits into entries
 * through the page map (no fragment loads); rank them (src/search/rank.ts). Only the results a
 * page shows load their Pagefind fragment, for the description.
 *
 * DOM-free and engine-agnostic (a Pagefind-shaped object is passed in), so it is tested with a
 * fake index in Node.
 */
import type { PreparedCatalog, PreparedEntry } from './catalog.ts';
import { stem } from './fold.ts';
import { parseQuery, withCorrection, type ParsedQuery } from './query.ts';
import { rankEntries, type NamedCategory, type TextHits } from './rank.ts';
import { correct } from './spell.ts';

/** What the search uses of a Pagefind result. */
export interface IndexHit {
  id: string;
  score: number;
  data(): Promise<{ url: string; meta: Record<string, string | undefined> }>;
}

/** What the search uses of Pagefind. */
export interface FullTextIndex {
  search(term: string): Promise<{ results: IndexHit[] } | null>;
}

export interface SearchDeps {
  index: FullTextIndex;
  catalog: PreparedCatalog;
  /** Pagefind page hash → entry index (from /search/pages.json); null falls back to loading fragments. */
  pages: ReadonlyMap<string, number> | null;
  /** An entry's description straight from its fragment file, when the page map says which one. */
  describe?: (entry: PreparedEntry) => Promise<string>;
}

export interface SearchHit {
  entry: PreparedEntry;
  score: number;
  /** A Pagefind result for the entry, to load its description; null when the prose did not match. */
  hit: IndexHit | null;
}

export interface SearchOutcome {
  query: ParsedQuery;
  hits: SearchHit[];
  named: NamedCategory | null;
  /** The query as corrected ("pandas" for "pandsa"), when a word was fixed. */
  corrected: string | null;
}

/** Without a page map, how many Pagefind results per phrase load their fragment to learn their entry. */
const FALLBACK_FRAGMENTS = 15;

/**
 * The Pagefind score that counts as a full prose match for a phrase: the median of its ten best
 * scores. The single best page is usually one with the word in its name (weighted 10×), which
 * the catalogue already credits; measured against it, a plain description match would look weak.
 */
export function proseReference(scores: readonly number[]): number {
  const top = [...scores].sort((a, b) => b - a).slice(0, 10);
  if (top.length === 0) return 1;
  const mid = top.length >> 1;
  const median = top.length % 2 ? top[mid]! : (top[mid - 1]! + top[mid]!) / 2;
  return median > 0 ? median : 1;
}

/** Whether a folded word is one search knows (or, while typed, the start of one). */
export function isKnownWord(word: string, prefix: boolean, catalog: PreparedCatalog): boolean {
  if (catalog.known.has(stem(word))) return true;
  if (prefix) for (const t of catalog.spell.keys()) if (t.startsWith(word)) return true;
  return false;
}

/** Replaces unknown single words with their nearest known word; reports what changed. */
export function correctQuery(query: ParsedQuery, catalog: PreparedCatalog): { query: ParsedQuery; corrected: string | null } {
  let q = query;
  let changed = false;
  query.slots.forEach((slot, i) => {
    const typed = slot.phrases[0]!;
    if (slot.phrases.length > 1 || typed.terms.length !== 1 || isKnownWord(typed.text, slot.prefix, catalog)) return;
    const fix = correct(typed.text, catalog.spell);
    if (!fix) return;
    q = withCorrection(q, i, { text: fix, terms: [stem(fix)] });
    changed = true;
  });
  return { query: q, corrected: changed ? q.slots.map((s) => s.phrases[0]!.text).join(' ') : null };
}

/**
 * Runs one search. `include` limits the entries (the /search/ page filters); `isStale` lets the
 * caller abandon a search the reader has already typed past (the result is then null).
 */
export async function runSearch(
  deps: SearchDeps,
  raw: string,
  options: { include?: (e: PreparedEntry) => boolean; isStale?: () => boolean } = {},
): Promise<SearchOutcome | null> {
  const stale = options.isStale ?? (() => false);
  const { query, corrected } = correctQuery(parseQuery(raw, deps.catalog.vocabulary), deps.catalog);
  const phrases = [...new Set(query.slots.flatMap((s) => s.phrases.map((p) => p.text)))];
  // One phrase at a time: Pagefind answers in order anyway, and a search the reader has typed
  // past stops asking instead of queueing work ahead of the next one. A single letter ("c")
  // would match every word starting with it: titles and names only.
  const responses: Array<{ results: IndexHit[] } | null> = [];
  for (const p of phrases) {
    responses.push(p.length < 2 ? null : await deps.index.search(p).catch(() => null));
    if (stale()) return null;
  }
  const byPhrase = new Map<string, Map<number, number>>();
  const anyHit = new Map<number, IndexHit>();
  const byId = deps.pages ? null : new Map(deps.catalog.entries.map((e) => [e.id, e.index]));
  await Promise.all(
    phrases.map(async (p, k) => {
      const results = responses[k]?.results ?? [];
      const reference = proseReference(results.map((r) => r.score));
      const scores = new Map<number, number>();
      const add = (index: number | undefined, r: IndexHit) => {
        if (index === undefined || scores.has(index)) return;
        scores.set(index, Math.min(1, r.score / reference));
        if (!anyHit.has(index)) anyHit.set(index, r);
      };
      if (deps.pages) {
        for (const r of results) add(deps.pages.get(r.id), r);
      } else {
        const top = results.slice(0, FALLBACK_FRAGMENTS);
        const data = await Promise.all(top.map((r) => r.data().catch(() => null)));
        top.forEach((r, i) => {
          const m = /\/entries\/(.+?)\/?$/.exec(data[i]?.url ?? '');
          add(m ? byId!.get(decodeURIComponent(m[1]!)) : undefined, r);
        });
      }
      byPhrase.set(p, scores);
    }),
  );
  if (stale()) return null;
  const hits: TextHits = query.slots.map((s) => s.phrases.map((p) => byPhrase.get(p.text) ?? new Map()));
  const ranking = rankEntries(query, deps.catalog, hits, options.include);
  return {
    query,
    corrected,
    named: ranking.named,
    hits: ranking.entries.map((r) => ({ entry: r.entry, score: r.score, hit: anyHit.get(r.entry.index) ?? null })),
  };
}

/**
 * The descriptions of the results a page shows ("" when none can be found): from each entry's
 * fragment file when the page map names it (one small, cached request, no search), else from the
 * Pagefind result; an entry that matched through the catalogue alone is then looked up by name.
 */
export async function describeAll(deps: SearchDeps, hits: readonly SearchHit[]): Promise<string[]> {
  return Promise.all(
    hits.map(async (h) => {
      try {
        if (deps.describe) return await deps.describe(h.entry);
        let hit = h.hit;
        if (!hit && deps.pages) {
          const res = await deps.index.search(h.entry.name);
          hit = res?.results.find((r) => deps.pages!.get(r.id) === h.entry.index) ?? null;
        }
        return hit ? ((await hit.data()).meta.description ?? '') : '';
      } catch {
        return '';
      }
    }),
  );
}
