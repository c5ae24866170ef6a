/**
 * Typo correction for search: "pandsa" → "pandas", "djnago" → "django". A query word is
 * corrected only when it is unknown (not a name, import, category, tag or synonym word, and not
 * a word the site's own prose uses) and a known word lies within a small edit distance. Real words
 * that sit close to a name ("parse" next to "parsel") are shipped in the catalogue as protected,
 * so they are never "fixed". Pure; the build and the browser use the same functions.
 */

/** Edits allowed for a word of this length: none up to 3 letters, one up to 7, two beyond. */
export function allowedEdits(length: number): number {
  return length <= 3 ? 0 : length <= 7 ? 1 : 2;
}

/**
 * Optimal-string-alignment distance (insertions, deletions, substitutions and swaps of two
 * neighbours), or `max + 1` as soon as it is certain to exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      cur.push(d);
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

/** The words a typo may be corrected to, each with a priority (higher wins a tie). */
export type SpellTargets = ReadonlyMap<string, number>;

/** How many letters two words share, counted with repeats ("scarpy" and "scrapy" share all six). */
export function sharedLetters(a: string, b: string): number {
  const counts = new Map<string, number>();
  for (const ch of a) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let n = 0;
  for (const ch of b) {
    const c = counts.get(ch) ?? 0;
    if (c > 0) {
      n++;
      counts.set(ch, c - 1);
    }
  }
  return n;
}

/**
 * The best correction for an unknown word: the target with the fewest edits, then the most
 * letters in common (a swapped pair keeps every letter: "scarpy" is Scrapy, not Scanpy), then the
 * highest priority, then the closest length, then alphabetical. Null when nothing is close enough.
 */
export function correct(word: string, targets: SpellTargets): string | null {
  const max = allowedEdits(word.length);
  if (max === 0) return null;
  let best: { t: string; d: number; shared: number; p: number } | null = null;
  const better = (c: NonNullable<typeof best>, b: NonNullable<typeof best>) =>
    c.d - b.d || b.shared - c.shared || b.p - c.p || Math.abs(c.t.length - word.length) - Math.abs(b.t.length - word.length) || (c.t < b.t ? -1 : 1);
  for (const [t, p] of targets) {
    const d = editDistance(word, t, max);
    if (d > max) continue;
    const c = { t, d, shared: sharedLetters(word, t), p };
    if (!best || better(c, best) < 0) best = c;
  }
  return best?.t ?? null;
}

/** Every string obtained by deleting up to `n` characters (the word itself included). */
function deletions(word: string, n: number): Set<string> {
  let level = new Set([word]);
  const all = new Set(level);
  for (let k = 0; k < n; k++) {
    const next = new Set<string>();
    for (const w of level) for (let i = 0; i < w.length; i++) next.add(w.slice(0, i) + w.slice(i + 1));
    for (const w of next) all.add(w);
    level = next;
  }
  return all;
}

/**
 * The words of `prose` that are not targets but lie within correction distance of one: they are
 * real words and must be protected from correction. Uses a deletion index, so checking thousands
 * of words against thousands of targets stays fast at build time.
 */
export function protectedWords(prose: Iterable<string>, targets: Iterable<string>): string[] {
  const targetSet = new Set(targets);
  const index = new Map<string, string[]>();
  for (const t of targetSet) {
    for (const d of deletions(t, allowedEdits(t.length + 2))) {
      const list = index.get(d);
      if (list) list.push(t);
      else index.set(d, [t]);
    }
  }
  const out = new Set<string>();
  for (const w of new Set(prose)) {
    const max = allowedEdits(w.length);
    if (max === 0 || targetSet.has(w)) continue;
    const candidates = new Set<string>();
    for (const d of deletions(w, max)) for (const t of index.get(d) ?? []) candidates.add(t);
    for (const t of candidates) {
      if (editDistance(w, t, max) <= max) {
        out.add(w);
        break;
      }
    }
  }
  return [...out].sort();
}
