/**
 * One search result as a list item (name link, category, description), the same on the /search/
 * page and in the 404 page's suggestions, so both read and style alike.
 */
import type { SearchHit } from '../search/engine.ts';

/** `<li><a>Name</a><span class="ct">Category</span><p>Description</p></li>`, text set safely. */
export function resultRow(h: SearchHit, category: string, description: string): HTMLLIElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = h.entry.href;
  a.textContent = h.entry.name;
  const cat = document.createElement('span');
  cat.className = 'ct';
  cat.textContent = category;
  const p = document.createElement('p');
  p.textContent = description;
  li.append(a, cat, p);
  return li;
}
