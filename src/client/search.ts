/**
 * Header search: results as you type (the best 8 entries, then the category the query names),
 * arrow keys move through them, Escape closes, and "/" anywhere on the page focuses the box.
 *
 * Enter always does the same thing for the same keystrokes: it opens the highlighted result
 * (arrow keys highlight one); with none highlighted, it waits for the results of exactly what is
 * typed and opens the best one; when there is none, or the index cannot load, it goes to the
 * /search/ page for that query. It never depends on whether results had arrived yet.
 *
 * The search engine, the Pagefind index and the catalogue load on first focus or keystroke
 * (a dynamic import), so a page that nobody searches from never downloads them.
 */
import type { SearchDeps, SearchOutcome } from '../search/engine.ts';

const LIMIT = 8;

type Engine = typeof import('../search/engine.ts');
interface Loaded {
  engine: Engine;
  deps: SearchDeps;
}

let loaded: Promise<Loaded> | undefined;

/** The engine module and its data, loaded once. */
function load(base: string): Promise<Loaded> {
  loaded ??= Promise.all([import('../search/engine.ts'), import('./search-core.ts')]).then(async ([engine, core]) => ({ engine, deps: await core.loadSearch(base) }));
  loaded.catch(() => (loaded = undefined));
  return loaded;
}

function item(href: string, title: string, detail: string, cls?: string): HTMLLIElement {
  const li = document.createElement('li');
  if (cls) li.className = cls;
  const a = document.createElement('a');
  a.href = href;
  const b = document.createElement('b');
  b.textContent = title;
  const small = document.createElement('small');
  small.textContent = detail;
  a.append(b, small);
  li.append(a);
  return li;
}

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
  const searchPage = (q: string) => `${base.endsWith('/') ? base : `${base}/`}search/?q=${encodeURIComponent(q)}`;
  let seq = 0;
  /** The best result's address for the text currently typed (null: none), once known. */
  let pending: Promise<string | null> = Promise.resolve(null);

  const close = () => box.replaceChildren();
  const links = () => [...box.querySelectorAll<HTMLAnchorElement>('a')];

  /** The results, at once: name and category now, descriptions filled in as their fragments arrive. */
  const render = (q: string, outcome: SearchOutcome, categoryTitle: (i: number) => string): HTMLElement[] => {
    const ul = document.createElement('ul');
    ul.className = 'sr-res';
    ul.setAttribute('aria-label', 'Search results');
    ul.dataset.q = q;
    const shown = outcome.hits.slice(0, LIMIT);
    if (outcome.corrected) {
      const li = document.createElement('li');
      li.className = 'hint';
      li.textContent = `Showing results for “${outcome.corrected}”`;
      ul.append(li);
    }
    const details: HTMLElement[] = [];
    for (const h of shown) {
      const li = item(h.entry.href, h.entry.name, categoryTitle(h.entry.cat));
      details.push(li.querySelector('small')!);
      ul.append(li);
    }
    if (outcome.named) {
      const c = outcome.named.category;
      const sub = outcome.named.sub >= 0 ? c.subs[outcome.named.sub]?.title : undefined;
      ul.append(item(c.href, c.title, `Category${sub ? ` · ${sub}` : ''} · ${c.count} entries`, 'cat'));
    }
    if (shown.length === 0) {
      const li = document.createElement('li');
      li.className = 'none';
      li.textContent = `No entries match “${q}”.`;
      ul.append(li);
    }
    box.replaceChildren(ul);
    say(shown.length === 0 ? 'No results' : `${shown.length} results; press the down arrow to reach them`);
    return details;
  };

  const run = () => {
    const q = input.value.trim();
    const mine = ++seq;
    if (!q) {
      say('');
      close();
      pending = Promise.resolve(null);
      return;
    }
    pending = (async () => {
      try {
        const { engine, deps } = await load(base);
        const outcome = await engine.runSearch(deps, input.value, { isStale: () => mine !== seq });
        if (!outcome) return null;
        const title = (i: number) => deps.catalog.categories[i]?.title ?? '';
        const details = render(q, outcome, title);
        void engine.describeAll(deps, outcome.hits.slice(0, LIMIT)).then((descriptions) => {
          if (mine !== seq) return;
          descriptions.forEach((d, i) => {
            const small = details[i];
            if (small && d) small.textContent = `${small.textContent} · ${d}`;
          });
        });
        return outcome.hits[0]?.entry.href ?? null;
      } catch {
        if (mine === seq) {
          const p = document.createElement('p');
          p.className = 'sr-res none';
          p.textContent = 'Search is unavailable (the index was not built).';
          box.replaceChildren(p);
        }
        return null;
      }
    })();
  };

  input.addEventListener('input', run);
  input.addEventListener('focus', () => void load(base).catch(() => undefined), { once: true });
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const q = input.value.trim();
    if (!q) return;
    // The search for exactly this text: `run` replaces `pending` on every keystroke.
    void pending.then((best) => {
      location.href = best ?? searchPage(q);
    });
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
