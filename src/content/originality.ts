/**
 * "In our own words", made checkable: splits prose into sentences, normalizes them (case,
 * punctuation, spacing), and finds our sentences that equal a sentence of another list or share a
 * long run of words with it (8-word shingles catch light rewording such as a changed article).
 * Pure functions; the test that walks the real content lives in originality.test.ts.
 */

/** Words of a text, lowercased, punctuation dropped: the unit every comparison works on. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9+#]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

/** Markdown to plain prose lines: code dropped, links reduced to their text, list markers removed. */
export function markdownToProse(markdown: string): string[] {
  return markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .split('\n')
    .map((l) => l.replace(/^\s*(?:[-*+]|\d+\.|#+|>)\s+/, '').replace(/[*_~]+/g, '').trim())
    .filter((l) => l !== '' && !/^\[[^\]]+\]:/.test(l));
}

/** Splits prose into sentences at ., ! or ? followed by a space and a capital or digit. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z0-9"'(])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * The sentences of an awesome-list README: every prose line split into sentences, plus the
 * description part of `- [name](url) - Description.` items on its own (so the name in front of it
 * does not hide a copied description).
 */
export function referenceSentences(markdown: string): string[] {
  const out: string[] = [];
  for (const line of markdown.split('\n')) {
    const item = /^\s*[-*+]\s+\[[^\]]+\]\([^)]*\)\s+[-–—:]\s+(.+)$/.exec(line);
    if (item) out.push(...sentences(markdownToProse(item[1]!).join(' ')));
    for (const prose of markdownToProse(line)) out.push(...sentences(prose));
  }
  return out;
}

export interface ReferenceIndex {
  /** Normalized sentences (word lists joined by spaces) of at least MIN_SENTENCE_WORDS words. */
  sentences: Map<string, string>;
  /** Shingles of SHINGLE words → an original sentence containing them. */
  shingles: Map<string, string>;
}

/** Sentences shorter than this are too generic to call a copy when equal ("Python web framework."). */
export const MIN_SENTENCE_WORDS = 4;
/** A run of this many words shared with a reference sentence counts as a near-copy. */
export const SHINGLE = 8;

function shinglesOf(ws: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + SHINGLE <= ws.length; i++) out.push(ws.slice(i, i + SHINGLE).join(' '));
  return out;
}

/** Indexes reference sentences for exact and near-copy look-ups. */
export function buildReferenceIndex(referenceTexts: readonly string[]): ReferenceIndex {
  const index: ReferenceIndex = { sentences: new Map(), shingles: new Map() };
  for (const sentence of referenceTexts) {
    const ws = words(sentence);
    if (ws.length >= MIN_SENTENCE_WORDS) index.sentences.set(ws.join(' '), sentence);
    for (const sh of shinglesOf(ws)) if (!index.shingles.has(sh)) index.shingles.set(sh, sentence);
  }
  return index;
}

export interface CopyMatch {
  kind: 'same sentence' | 'shared 8-word run';
  ours: string;
  theirs: string;
}

/** Whether one of our sentences copies a reference sentence, exactly or nearly. */
export function findCopy(index: ReferenceIndex, ours: string): CopyMatch | null {
  const ws = words(ours);
  const exact = ws.length >= MIN_SENTENCE_WORDS ? index.sentences.get(ws.join(' ')) : undefined;
  if (exact !== undefined) return { kind: 'same sentence', ours, theirs: exact };
  for (const sh of shinglesOf(ws)) {
    const theirs = index.shingles.get(sh);
    if (theirs !== undefined) return { kind: 'shared 8-word run', ours, theirs };
  }
  return null;
}
