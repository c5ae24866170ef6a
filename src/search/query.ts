/**
 * Query understanding: turns what a developer typed into slots, one per idea, each with the
 * phrases that express it. "load settings from env vars" becomes [load] [settings | config |
 * configuration] [env var | env | environment variable]: filler words are dropped, synonyms from
 * content/synonyms.yaml are attached, and the word still being typed is marked so prefixes count.
 * Pure: the search engine and the tests call it with the same compiled vocabulary.
 */
import type { SynonymsFile } from '../schemas/synonyms.ts';
import { compact, stem, words } from './fold.ts';

/** One way to say a slot: the words to send to the index, and their stems for field matching. */
export interface Phrase {
  /** Folded words, unstemmed ("environment variables"): what the full-text index is asked. */
  text: string;
  /** Stems of those words: what structured fields are compared with. */
  terms: string[];
  /** typed: as the reader wrote it; synonym: from the vocabulary; correction: a typo fixed. */
  via: 'typed' | 'synonym' | 'correction';
}

export interface Slot {
  /** What the reader typed for this slot, folded. */
  typed: string;
  /** The typed phrase first, then its synonyms (or a correction). */
  phrases: Phrase[];
  /** The word still being typed (last, no trailing space): a prefix of a name counts. */
  prefix: boolean;
}

export interface ParsedQuery {
  raw: string;
  slots: Slot[];
  /** Compact forms of the query to compare with compact names: all words, then without filler. */
  compacts: string[];
}

/** content/synonyms.yaml, compiled for look-ups. */
export interface Vocabulary {
  /** Phrase groups, each phrase with its folded text and stems. */
  groups: Array<Array<{ text: string; terms: string[] }>>;
  /** Stemmed first word → phrases starting with it (longest first), with their group. */
  byFirst: Map<string, Array<{ terms: string[]; group: number }>>;
  /** Stems of the filler words. */
  ignore: Set<string>;
}

/** An empty vocabulary (no synonyms, no filler): search still works, only less cleverly. */
export const EMPTY_VOCABULARY: Vocabulary = { groups: [], byFirst: new Map(), ignore: new Set() };

/** Compiles the synonyms file once, for every query that follows. */
export function compileVocabulary(file: SynonymsFile): Vocabulary {
  const groups = file.synonyms.map((g) => g.map((p) => ({ text: words(p).join(' '), terms: words(p).map(stem) })));
  const byFirst = new Map<string, Array<{ terms: string[]; group: number }>>();
  groups.forEach((g, group) => {
    for (const p of g) {
      const first = p.terms[0];
      if (!first) continue;
      const list = byFirst.get(first) ?? [];
      list.push({ terms: p.terms, group });
      byFirst.set(first, list);
    }
  });
  for (const list of byFirst.values()) list.sort((a, b) => b.terms.length - a.terms.length);
  return { groups, byFirst, ignore: new Set(file.ignore.map(stem)) };
}

/**
 * The module an import statement names, when the query is one ("import git", "from telegram
 * import Bot", "import google.protobuf as pb"): a developer pasting code wants that module's project.
 */
export function importedModule(raw: string): string | null {
  const m = /^\s*(?:from\s+([A-Za-z_][\w.]*)\s+import\b.*|import\s+([A-Za-z_][\w.]*)(?:\s+as\s+\w+)?\s*)$/.exec(raw);
  return m ? (m[1] ?? m[2] ?? null) : null;
}

/**
 * Reads a query: folds and stems its words, groups the longest synonym phrase at each position
 * into one slot (before filler is dropped, so "text to speech" still meets its synonyms), drops
 * filler words from what is left (unless nothing else would remain), and marks the last slot as
 * a prefix while the reader is still typing it (no trailing space). An import statement is read
 * as the module it imports.
 */
export function parseQuery(raw: string, vocab: Vocabulary): ParsedQuery {
  const module = importedModule(raw);
  const text = module ?? raw;
  const all = words(text);
  const stems = all.map(stem);
  const pieces: Array<{ slot: Slot; filler: boolean; end: number }> = [];
  for (let i = 0; i < all.length; ) {
    const match = (vocab.byFirst.get(stems[i]!) ?? []).find((p) => p.terms.every((t, k) => stems[i + k] === t));
    if (match) {
      const n = match.terms.length;
      const typed = all.slice(i, i + n).join(' ');
      const phrases: Phrase[] = [{ text: typed, terms: stems.slice(i, i + n), via: 'typed' }];
      for (const p of vocab.groups[match.group]!) if (p.terms.join(' ') !== phrases[0]!.terms.join(' ')) phrases.push({ ...p, via: 'synonym' });
      pieces.push({ slot: { typed, phrases, prefix: false }, filler: false, end: i + n });
      i += n;
    } else {
      pieces.push({ slot: { typed: all[i]!, phrases: [{ text: all[i]!, terms: [stems[i]!], via: 'typed' }], prefix: false }, filler: vocab.ignore.has(stems[i]!), end: i + 1 });
      i += 1;
    }
  }
  const meaningful = pieces.filter((p) => !p.filler);
  const kept = meaningful.length > 0 ? meaningful : pieces;
  const slots = kept.map((p) => p.slot);
  const last = kept.at(-1);
  // Still typing the last word: it is the query's last word and no space follows it.
  if (!module && last && last.end === all.length && last.slot.phrases[0]!.terms.length === 1 && !/\s$/.test(raw)) last.slot.prefix = true;
  const keptWords = kept.map((p) => p.slot.typed).join(' ');
  const compacts = [...new Set([compact(all.join(' ')), compact(keptWords)])].filter(Boolean);
  return { raw, slots, compacts };
}

/** The query with one slot's typed phrase replaced by a correction (the typo is dropped). */
export function withCorrection(query: ParsedQuery, slot: number, correction: { text: string; terms: string[] }): ParsedQuery {
  const slots = query.slots.map((s, i) =>
    i === slot ? { ...s, phrases: [{ text: correction.text, terms: correction.terms, via: 'correction' as const }], prefix: false } : s,
  );
  const fixed = slots.map((s) => s.phrases[0]!.text).join(' ');
  return { ...query, slots, compacts: [...new Set([...query.compacts, compact(fixed)])] };
}
