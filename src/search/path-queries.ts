/**
 * Final ordering of search results. Pagefind ranks by term weight and frequency, which can put
 * "FastAPI Users" above "FastAPI" for the query "fastapi"; a reader typing a project's name wants
 * that project first. So: exact name match, then names starting with the query (shortest first),
 * then Pagefind's order.
 */

/** Lowercase, accents and punctuation folded, so "Scikit-Learn" matches "scikit learn". */
export function foldName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Re-ranks results (already in Pagefind's order) by how well their title matches the query. */
export function rankByName<T>(query: string, results: readonly T[], title: (r: T) => string): T[] {
  const q = foldName(query);
  if (!q) return [...results];
  const tier = (r: T) => {
    const t = foldName(title(r));
    if (t === q) return 0;
    if (t.replace(/ /g, '') === q.replace(/ /g, '')) return 0;
    if (t.startsWith(`${q} `) || t.startsWith(q)) return 1;
    return 2;
  };
  // Among names that start with the query, the shortest is the closest ("fastapi" before
  // "fastapi users" for "fastap"); elsewhere Pagefind's relevance order stands.
  return results
    .map((r, i) => ({ r, i, t: tier(r), len: foldName(title(r)).length }))
    .sort((a, b) => a.t - b.t || (a.t === 1 ? a.len - b.len : 0) || a.i - b.i)
    .map((x) => x.r);
}

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

