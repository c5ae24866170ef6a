/**
 * The 404 page's suggestions: searches for the last part of the missing address (the slug), and
 * when a typo at its end finds nothing ("fastapy"), retries with shorter prefixes ("fastap"),
 * then with the part before it (the category).
 */
import { loadPagefind, resultRow } from './pagefind.ts';
import { queriesForPath, rankByName } from '../site/search-rank.ts';

/** Fills #nf-list with up to five suggestions. */
export async function suggest(): Promise<void> {
  const box = document.getElementById('nf');
  const list = document.getElementById('nf-list');
  if (!box || !list) return;
  try {
    const pf = await loadPagefind(box.dataset.base ?? '/');
    for (const q of queriesForPath(location.pathname)) {
      const res = await pf.search(q);
      if (res.results.length === 0) continue;
      const data = rankByName(q, await Promise.all(res.results.slice(0, 15).map((r) => r.data())), (d) => d.meta.title ?? '').slice(0, 5);
      list.replaceChildren(...data.map((d) => resultRow(document, d)));
      box.hidden = false;
      return;
    }
  } catch {
    // No index (dev server): the page still offers the groups below.
  }
}
