/**
 * The ranking of search results: one pure function used by the header box, the /search/ page and
 * the 404 suggestions alike. Pagefind finds which entries mention each query word in their prose
 * (and how strongly); this module combines that with what the catalogue knows about the list.
 *
 * The formula, for an entry e and a query of slots s (src/search/query.ts):
 *
 *   score(e) = R(e) + exact(e) + prefix(e) + named(e) + status(e) + flags(e) + popularity(e)
 *
 * - R, the relevance: Σ w_s · m_s(e) / Σ w_s, where m_s(e) is the best place the slot's words
 *   occur: name, PyPI or import name 1.0 × the share of that name the query covers ("soup" is
 *   half of "Beautiful Soup") > category or use-case title 0.6 > tag 0.45 > prose 0.35 × the
 *   Pagefind score relative to the median of the phrase's ten best pages, capped at 1 (the index
 *   weighs a description 5× a note, so description > note). A word still being typed matches as
 *   a prefix, at 0.8 × the share of the word typed; a synonym counts 0.9 and a typo correction
 *   0.85 of the typed word. A slot found in several fields (name, title, tag) combines them as
 *   independent evidence, 1 − Π(1 − m); prose counts only when it beats them. w_s = ln(1 + N /
 *   (1 + df_s)) weighs rare words above common ones (df_s: entries the slot matches anywhere).
 *   An entry that matches only some slots still ranks, below those that match all: partial
 *   matches instead of "no results".
 * - exact: +1.0 when the whole query is the entry's name, PyPI name or import name (spaces,
 *   hyphens and case ignored: "fast api", "bs4", "scikit learn").
 * - prefix: +0.5 × |query| / |name| when a name starts with the query ("fastap" → FastAPI before
 *   FastAPI Users), × (1 − strength) when the query names a category ("audio" means the field).
 * - named: +0.35 × strength for the entries of the category or use case the query names
 *   ("deep learning", "task queue", "orm"); entries elsewhere in a named use case's category get
 *   0.4 of it. Strength is the share of the title's words the query covers. A category named
 *   only in part, whose use case the query covers whole, names that use case ("fine-tune llm").
 * - status: recommended +0.12, alternative 0, legacy −0.08; flags: archived or deprecated −0.15.
 * - popularity: +0.08 × popularity in [-1, 1] (star and download percentiles among the list,
 *   src/search/popularity.ts); 0 without activity data, so absent data is neutral.
 *
 * Ties keep the category page's order for a named category (use cases in declared order), else
 * the list's curated order.
 */
import type { PreparedCatalog, PreparedCategory, PreparedEntry } from './catalog.ts';
import { singular, stem } from './fold.ts';
import type { ParsedQuery, Phrase, Slot } from './query.ts';

export const WEIGHTS = {
  field: { name: 1, category: 0.6, tag: 0.45, text: 0.35 },
  prefix: 0.8,
  via: { typed: 1, synonym: 0.9, correction: 0.85 },
  exact: 1,
  namePrefix: 0.5,
  named: 0.35,
  namedSibling: 0.4,
  status: [0.12, 0, -0.08] as const,
  flagged: -0.15,
  popularity: 0.08,
} as const;

/** Words that say what kind of thing a title is, not what it is about ("CLI Frameworks"). */
const GENERIC = new Set(['framework', 'library', 'tool', 'toolkit', 'kit', 'app', 'application', 'addon', 'add', 'on', 'programming', 'and', 'or', 'the', 'of', 'for', 'in', 'with', 'other'].map(stem));

/**
 * Pagefind's hits per slot and phrase: hits[slot][phrase] maps an entry index to its score
 * relative to the best page for that phrase (0, 1].
 */
export type TextHits = ReadonlyArray<ReadonlyArray<ReadonlyMap<number, number>>>;

/**
 * How well a phrase occurs in a field (a set of stems): 1 when every word is there; when the
 * reader is still typing the last word (`typing` is that word, unstemmed), a field word that
 * starts with it counts WEIGHTS.prefix × the share of the word already typed; else 0.
 */
export function phraseMatch(terms: readonly string[], field: ReadonlySet<string>, typing: string | null): number {
  if (terms.length === 0) return 0;
  if (!terms.slice(0, -1).every((t) => field.has(t))) return 0;
  if (field.has(terms.at(-1)!)) return 1;
  let best = 0;
  if (typing && typing.length >= 2) for (const f of field) if (f.startsWith(typing)) best = Math.max(best, (WEIGHTS.prefix * typing.length) / Math.max(typing.length, f.length));
  return best;
}

/**
 * A phrase in the entry's names, scaled by how much of that name the whole query covers: "soup"
 * is half of "Beautiful Soup", "recognition" half of speech_recognition. A compact match (the
 * phrase is the whole name without spaces: "fastapi", "beautifulsoup4") counts 1.
 */
export function nameScore(p: Phrase, e: PreparedEntry, typing: string | null, queryWords: ReadonlySet<string>): number {
  const joined = p.text.replace(/ /g, '');
  if (e.nameKeys.includes(joined)) return 1;
  const phrase = p.text.split(' ').map(singular);
  let best = 0;
  for (const [i, source] of e.nameSources.entries()) {
    const m = phraseMatch(phrase, e.nameSets[i]!, typing);
    if (m === 0) continue;
    const covered = source.filter((w) => queryWords.has(w) || (typing !== null && w.startsWith(typing))).length;
    best = Math.max(best, m * Math.min(1, covered / source.length));
  }
  if (typing && joined.length >= 2) for (const k of e.nameKeys) if (k.startsWith(joined)) best = Math.max(best, (WEIGHTS.prefix * joined.length) / k.length);
  return best;
}

/**
 * Every field a phrase occurs in, scored: name (× coverage), category or use-case title, tag.
 * The strongest decides; the others add a little (see combine).
 */
function fieldScores(p: Phrase, e: PreparedEntry, typing: string | null, queryWords: ReadonlySet<string>): number[] {
  const f = WEIGHTS.field;
  return [
    nameScore(p, e, typing, queryWords) * f.name,
    Math.max(phraseMatch(p.terms, e.catTerms, typing), phraseMatch(p.terms, e.subTerms, typing)) * f.category,
    phraseMatch(p.terms, e.tagTerms, typing) * f.tag,
  ];
}

/**
 * Combines the structured places a slot matched as independent evidence: 1 − Π(1 − m). One place
 * keeps its own weight, so name > category > tag holds for a single match; a word that is both
 * the category and a tag of an entry outranks one found only once. Prose is not combined: an
 * entry whose description repeats the category's name is not more of that category.
 */
export function combine(matches: readonly number[]): number {
  return 1 - matches.reduce((acc, m) => acc * (1 - Math.min(1, Math.max(0, m))), 1);
}

/** The unstemmed last word of a phrase when its slot is still being typed, else null. */
function typingWord(slot: Slot, p: Phrase): string | null {
  return slot.prefix && p.via === 'typed' ? (p.text.split(' ').at(-1) ?? null) : null;
}

/**
 * How well one slot matches an entry. Each field (name, title, tag) takes its best phrase
 * (a synonym's match × 0.9, a correction's × 0.85); the fields combine as independent evidence;
 * prose counts when it beats them.
 */
export function slotScore(slot: Slot, slotHits: ReadonlyArray<ReadonlyMap<number, number>> | undefined, e: PreparedEntry, queryWords: ReadonlySet<string>): number {
  const fields = [0, 0, 0];
  let text = 0;
  slot.phrases.forEach((p, k) => {
    const via = WEIGHTS.via[p.via];
    fieldScores(p, e, typingWord(slot, p), queryWords).forEach((m, i) => (fields[i] = Math.max(fields[i]!, m * via)));
    text = Math.max(text, (slotHits?.[k]?.get(e.index) ?? 0) * WEIGHTS.field.text * via);
  });
  return Math.max(combine(fields), text);
}

export interface NamedCategory {
  category: PreparedCategory;
  /** Index of the named use case in the category's subs, or -1 when the category itself is named. */
  sub: number;
  /** Share of the title's words the query covers, (0, 1]. */
  strength: number;
}

/** A candidate with its tie-breaker: how many title words the query covers, generic ones included. */
type Candidate = NamedCategory & { words: number };

/**
 * The category or use case a query names, if one clearly does: every meaningful slot occurs in
 * its title, the query covers at least a third of the title's meaningful words, and no other
 * title fits as well (more of its words covered, generic ones included, breaks a tie; then a
 * category beats a use case).
 */
export function namedCategory(query: ParsedQuery, catalog: PreparedCatalog): NamedCategory | null {
  const core = query.slots.filter((s) => !s.phrases[0]!.terms.every((t) => GENERIC.has(t)));
  if (core.length === 0) return null;
  const typed = new Set(query.slots.flatMap((s) => s.phrases[0]!.terms));
  const candidates: Candidate[] = [];
  const consider = (category: PreparedCategory, sub: number, terms: ReadonlySet<string>) => {
    const meaningful = [...terms].filter((t) => !GENERIC.has(t));
    if (meaningful.length === 0) return;
    // Title word → how much of it the query covers: 1 for a typed word, 0.9 for a synonym's,
    // the typed share of a word still being typed. Every phrase of a slot counts ("nlp" covers
    // "Natural Language Processing" through its synonym).
    const covered = new Map<string, number>();
    const cover = (t: string, v: number) => covered.set(t, Math.max(covered.get(t) ?? 0, v));
    for (const slot of core) {
      let found = false;
      for (const p of slot.phrases) {
        const typing = typingWord(slot, p);
        if (phraseMatch(p.terms, terms, typing) === 0) continue;
        found = true;
        const via = WEIGHTS.via[p.via];
        for (const t of p.terms) if (terms.has(t)) cover(t, via);
        if (typing) for (const t of meaningful) if (t.startsWith(typing)) cover(t, (via * typing.length) / t.length);
      }
      if (!found) return;
    }
    const strength = meaningful.reduce((a, t) => a + (covered.get(t) ?? 0), 0) / meaningful.length;
    if (strength >= 1 / 3) candidates.push({ category, sub, strength, words: [...terms].filter((t) => covered.has(t) || typed.has(t)).length });
  };
  for (const c of catalog.categories) {
    consider(c, -1, c.terms);
    c.subs.forEach((s, i) => consider(c, i, s.terms));
  }
  if (candidates.length === 0) return null;
  candidates.sort((a, b) => b.strength - a.strength || b.words - a.words || (a.sub === -1 ? 0 : 1) - (b.sub === -1 ? 0 : 1));
  const [best, next] = candidates as [Candidate, Candidate | undefined];
  if (next && next.strength === best.strength && next.words === best.words && (next.sub === -1) === (best.sub === -1) && next.category !== best.category) return null;
  return { category: best.category, sub: best.sub === -1 && best.strength < 1 ? refinement(query, best.category) : best.sub, strength: best.strength };
}

/**
 * The use case a query picks inside a category it names only in part: "fine-tune llm" names
 * "LLM Serving and Fine-tuning" but not its serving half, and covers the "Fine-tuning" use case
 * whole. -1 when no use case is covered whole, or more than one is.
 */
function refinement(query: ParsedQuery, category: PreparedCategory): number {
  const words = new Set(query.slots.flatMap((s) => s.phrases.flatMap((p) => p.terms)));
  const whole = category.subs
    .map((s, i) => ({ i, meaningful: [...s.terms].filter((t) => !GENERIC.has(t)) }))
    .filter((s) => s.meaningful.length > 0 && s.meaningful.every((t) => words.has(t)));
  return whole.length === 1 ? whole[0]!.i : -1;
}

export interface RankedEntry {
  entry: PreparedEntry;
  score: number;
  /** Slots matched, for "matches 2 of 3 words" and for tests. */
  matched: number;
}

export interface Ranking {
  entries: RankedEntry[];
  /** The category the query names, offered as a result of its own. */
  named: NamedCategory | null;
}

/** The constant part of a score: curation status, activity flags and popularity. */
export function priorScore(e: PreparedEntry): number {
  return WEIGHTS.status[e.status] + (/[ad]/.test(e.flags) ? WEIGHTS.flagged : 0) + WEIGHTS.popularity * e.pop;
}

/**
 * Bonus for a query that is the whole name (exact) or its beginning (prefix, scaled by
 * `prefixScale`: less when the query names a category, which "async" or "audio" then means).
 */
export function nameBonus(query: ParsedQuery, e: PreparedEntry, prefixScale = 1): number {
  let best = 0;
  for (const c of query.compacts) {
    for (const k of e.nameKeys) {
      if (k === c) return WEIGHTS.exact;
      if (c.length >= 2 && k.startsWith(c)) best = Math.max(best, (WEIGHTS.namePrefix * prefixScale * c.length) / k.length);
    }
  }
  return best;
}

/**
 * The entries a query can match at all: names with its words (or starting with the word being
 * typed, or with the whole query), categories and use cases with them in their titles, tags,
 * and Pagefind's hits. Scoring only these keeps a keystroke cheap; every other entry scores 0.
 */
export function candidates(query: ParsedQuery, catalog: PreparedCatalog, hits: TextHits): Set<number> {
  const out = new Set<number>();
  const add = (list: readonly number[] | undefined) => {
    if (list) for (const i of list) out.add(i);
  };
  const { index } = catalog;
  const starts = (m: ReadonlyMap<string, number[]>, prefix: string) => {
    for (const [k, list] of m) if (k.startsWith(prefix)) add(list);
  };
  for (const slot of query.slots) {
    for (const p of slot.phrases) {
      const typing = typingWord(slot, p);
      for (const w of p.text.split(' ')) add(index.nameWords.get(singular(w)));
      add(index.nameWords.get(p.text.replace(/ /g, '')));
      if (typing && typing.length >= 2) starts(index.nameWords, typing);
      for (const t of p.terms) add(index.tagWords.get(t));
      if (typing && typing.length >= 2) starts(index.tagWords, typing);
      for (const c of catalog.categories) {
        if (phraseMatch(p.terms, c.terms, typing) > 0) add(index.byCategory[c.index]);
        c.subs.forEach((s, i) => {
          if (phraseMatch(p.terms, s.terms, typing) > 0) add(index.bySub.get(`${c.index}/${i}`));
        });
      }
    }
  }
  for (const c of query.compacts) if (c.length >= 2) starts(index.nameWords, c);
  for (const slot of hits) for (const phrase of slot) for (const i of phrase.keys()) out.add(i);
  return out;
}

/**
 * Ranks the entries that match the query. `include` filters entries out before ranking (the
 * /search/ page's category, tag and status filters).
 */
export function rankEntries(query: ParsedQuery, catalog: PreparedCatalog, hits: TextHits, include: (e: PreparedEntry) => boolean = () => true): Ranking {
  const pool = [...candidates(query, catalog, hits)].sort((a, b) => a - b).map((i) => catalog.entries[i]!).filter(include);
  const n = catalog.entries.length;
  // Every word of every phrase, in singular: what a name's coverage is measured against.
  const queryWords = new Set(query.slots.flatMap((s) => s.phrases.flatMap((p) => p.text.split(' ').map(singular))));
  const scores = pool.map((e) => query.slots.map((slot, s) => slotScore(slot, hits[s], e, queryWords)));
  const df = query.slots.map((_, s) => scores.filter((row) => row[s]! > 0).length);
  const w = df.map((d) => Math.log(1 + n / (1 + d)));
  const wsum = w.reduce((a, b) => a + b, 0) || 1;
  const named = namedCategory(query, catalog);
  const out: RankedEntry[] = [];
  pool.forEach((e, k) => {
    const row = scores[k]!;
    const relevance = row.reduce((acc, m, s) => acc + m * w[s]!, 0) / wsum;
    // A query that names a category is about the category: a name merely starting with it counts less.
    const bonus = nameBonus(query, e, named ? 1 - named.strength : 1);
    if (relevance <= 0 && bonus <= 0) return;
    let boost = 0;
    if (named && e.cat === named.category.index) {
      const inUnit = named.sub === -1 || e.sub === named.sub;
      boost = WEIGHTS.named * named.strength * (inUnit ? 1 : WEIGHTS.namedSibling);
    }
    out.push({ entry: e, score: relevance + bonus + boost + priorScore(e), matched: row.filter((m) => m > 0).length });
  });
  const section = (e: PreparedEntry) => (e.sub === -1 ? Number.MAX_SAFE_INTEGER : e.sub);
  out.sort(
    (a, b) =>
      b.score - a.score ||
      (named && a.entry.cat === named.category.index && b.entry.cat === named.category.index ? section(a.entry) - section(b.entry) : 0) ||
      a.entry.index - b.entry.index,
  );
  return { entries: out, named };
}
