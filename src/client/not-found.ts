/**
 * The 404 page's suggestions: searches for the last part of the missing address (the slug) with
 * the same engine and ranking as the search box, and when a typo at its end finds nothing
 * ("fastapy"), retries with shorter prefixes ("fastap"), then with the part before it.
 */
import { loadSearch } from './search-core.ts';
import { describeAll, runSearch } from '../search/engine.ts';
import { queriesForPath } from '../search/path-queries.ts';
import { resultRow } from './result-row.ts';

/** Fills #nf-list with up to five suggestions. */
export async function suggest(): Promise<void> {
  const box = document.getElementById('nf');
  const list = document.getElementById('nf-list');
  if (!box || !list) return;
  try {
    const deps = await loadSearch(box.dataset.base ?? '/');
    for (const q of queriesForPath(location.pathname)) {
      const outcome = await runSearch(deps, q);
      if (!outcome || outcome.hits.length === 0) continue;
      const shown = outcome.hits.slice(0, 5);
      const descriptions = await describeAll(deps, shown);
      list.replaceChildren(
        ...shown.map((h, i) => resultRow(h, deps.catalog.categories[h.entry.cat]?.title ?? '', descriptions[i] ?? '')),
      );
      box.hidden = false;
      return;
    }
  } catch {
    // No index (dev server): the page still offers the groups below.
  }
}
