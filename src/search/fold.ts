/**
 * Text folding for search: the one definition of "the same word" shared by query understanding,
 * the catalogue and the ranking. Case, accents, punctuation and hyphens are folded ("Scikit-Learn"
 * and "scikit learn" are the same two words), and plurals and common endings are reduced
 * ("queues", "queuing" and "queue" meet). The stemmer is deliberately crude: it only has to agree
 * with itself, because queries and fields go through the same function.
 */

/** Lowercase, accents removed, every run of non-alphanumerics a single space, trimmed. */
export function foldText(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The folded words of a text ("" yields none). */
export function words(s: string): string[] {
  const f = foldText(s);
  return f ? f.split(' ') : [];
}

/**
 * Reduces a folded word to a crude stem so that forms of one word meet: plurals ("libraries",
 * "queues"), "-ing" ("hashing" and "hash", "logging" and "log"), and a final "e" ("parse" and
 * "parsing" both become "pars"). "-ed" is kept: "embedded" must not meet "embeddings". Words of
 * three letters or fewer, words ending in a digit, and endings that are rarely plurals ("-ss",
 * "-us", "-is", "-os") keep those parts.
 */
export function stem(word: string): string {
  if (word.length <= 3 || /\d$/.test(word)) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is|os)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length >= 6) {
    w = w.slice(0, -3);
    // "logging" -> "logg" -> "log"; "processing" keeps its "ss", "installing" its "ll".
    if (/([^aeiouslz])\1$/.test(w)) w = w.slice(0, -1);
  }
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/**
 * Only the plural of a folded word reduced ("requests" → "request"), nothing else: names are
 * compared this gently, so "stripe" stays apart from "strip" and "sorted" from "sort".
 */
export function singular(word: string): string {
  if (word.length <= 3 || /\d$/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('s') && !/(ss|us|is|os)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Folded, stemmed words of a text: the unit every comparison in search works on. */
export function terms(s: string): string[] {
  return words(s).map(stem);
}

/** A name with spaces removed, so "Fast API", "fast-api" and "FastAPI" compare equal. */
export function compact(s: string): string {
  return foldText(s).replace(/ /g, '');
}
