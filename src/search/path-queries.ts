/**
 * What the 404 page searches for when an address is missing: the words of its last part, then
 * shorter prefixes of it (a typo at the end of "fastapy" still leaves "fastap"), then the part
 * before it. The ranking itself is src/search/rank.ts, as for every other search.
 */

/**
 * Queries the 404 page tries for a missing path, best first: the slug, then shorter prefixes of
 * it (Pagefind matches prefixes, so "fastap" finds what the typo "fastapy" missed), then the
 * category part.
 */
export function queriesForPath(pathname: string): string[] {
  const parts = pathname.split('/').filter(Boolean).map((p) => p.replace(/[-_.]+/g, ' ').trim());
  const last = parts.at(-1) ?? '';
  const out: string[] = [];
  if (last) out.push(last);
  for (let n = last.length - 1; n >= 3 && out.length < 5; n--) out.push(last.slice(0, n));
  const parent = parts.at(-2);
  if (parent && parent !== 'entries' && parent !== 'category') out.push(parent);
  return [...new Set(out)];
}

