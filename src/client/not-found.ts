/**
 * The 404 page's suggestions: searches for the last part of the missing address (the slug) with
 * the same engine and ranking as the search box, and when a typo at its end finds nothing
 * ("fastapy"), retries with shorter prefixes ("fastap"), then with the part before it.
 */
import { loadSearch } from './search-core.ts';
import { describeAll, runSearch } from '../search/engine.ts';
import { queriesForPath } from '../search/path-queries.ts';

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
        ...shown.map((h, i) => {
          const li = document.createElement('li');
          const a = document.createElement('a');
          a.href = h.entry.href;
          a.textContent = h.entry.name;
          const cat = document.createElement('span');
          cat.className = 'ct';
          cat.textContent = deps.catalog.categories[h.entry.cat]?.title ?? '';
          const p = document.createElement('p');
          p.textContent = descriptions[i] ?? '';
          li.append(a, cat, p);
          return li;
        }),
      );
      box.hidden = false;
      return;
    }
  } catch {
    // No index (dev server): the page still offers the groups below.
  }
}
