/**
 * Header search: results as you type (top 8), arrow keys move through them, Escape closes,
 * Enter opens the first result, and "/" anywhere on the page focuses the box.
 */
import { loadPagefind, resultItem } from './pagefind.ts';
import { rankByName } from '../site/search-rank.ts';

const LIMIT = 8;

/** Wires up the search form rendered by Search.astro. */
export function initSearchBox(): void {
  const form = document.querySelector<HTMLFormElement>('form.sf');
  const input = document.querySelector<HTMLInputElement>('#q');
  const box = document.querySelector<HTMLDivElement>('#q-res');
  const status = document.querySelector<HTMLSpanElement>('#q-status');
  if (!form || !input || !box) return;
  // Screen readers hear the number of results, not the whole list on every keystroke.
  const say = (text: string) => {
    if (status) status.textContent = text;
  };
  const base = form.dataset.base ?? '/';
  let seq = 0;

  const close = () => box.replaceChildren();
  const links = () => [...box.querySelectorAll<HTMLAnchorElement>('a')];

  const run = async () => {
    const q = input.value.trim();
    const mine = ++seq;
    if (!q) {
      say('');
      return close();
    }
    try {
      const pf = await loadPagefind(base);
      const res = await pf.debouncedSearch(q, {}, 120);
      if (!res || mine !== seq) return;
      // Fetch a few more than shown so an exact name match further down can move up.
      const fetched = await Promise.all(res.results.slice(0, LIMIT * 3).map((r) => r.data()));
      const data = rankByName(q, fetched, (d) => d.meta.title ?? '').slice(0, LIMIT);
      if (mine !== seq) return;
      const ul = document.createElement('ul');
      ul.className = 'sr-res';
      ul.setAttribute('aria-label', 'Search results');
      if (data.length === 0) {
        const li = document.createElement('li');
        li.className = 'none';
        li.textContent = `No entries match “${q}”.`;
        ul.append(li);
      } else {
        for (const d of data) ul.append(resultItem(document, d));
      }
      box.replaceChildren(ul);
      say(data.length === 0 ? 'No results' : `${data.length} results; press the down arrow to reach them`);
    } catch {
      if (mine !== seq) return;
      const p = document.createElement('p');
      p.className = 'sr-res none';
      p.textContent = 'Search is unavailable (the index was not built).';
      box.replaceChildren(p);
    }
  };

  input.addEventListener('input', run);
  input.addEventListener('focus', () => void loadPagefind(base).catch(() => undefined), { once: true });
  form.addEventListener('submit', (ev) => {
    const first = links()[0];
    if (first) {
      ev.preventDefault();
      location.href = first.href;
    }
  });
  form.addEventListener('keydown', (ev) => {
    const all = links();
    const i = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (ev.key === 'Escape') {
      close();
      input.focus();
    } else if (ev.key === 'ArrowDown' && all.length) {
      ev.preventDefault();
      all[Math.min(i + 1, all.length - 1)]?.focus();
    } else if (ev.key === 'ArrowUp' && all.length) {
      ev.preventDefault();
      if (i <= 0) input.focus();
      else all[i - 1]?.focus();
    }
  });
  document.addEventListener('click', (ev) => {
    if (!form.contains(ev.target as Node)) close();
  });
  document.addEventListener('keydown', (ev) => {
    if (ev.key !== '/' || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    const t = ev.target as HTMLElement;
    if (t.closest('input, textarea, select, [contenteditable]')) return;
    ev.preventDefault();
    input.focus();
    input.select();
  });
}
