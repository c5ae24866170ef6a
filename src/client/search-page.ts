/**
 * The /search/ page: words plus Pagefind filters (category, tag, status), results as you type,
 * state mirrored in the URL so a search can be shared.
 */
import { loadPagefind, resultRow } from './pagefind.ts';
import { rankByName } from '../site/search-rank.ts';

const FILTERS = ['category', 'tag', 'status'] as const;

/** Wires up pages/search.astro. */
export async function initSearchPage(): Promise<void> {
  const form = document.getElementById('sp') as HTMLFormElement | null;
  const q = document.getElementById('sp-q') as HTMLInputElement | null;
  const out = document.getElementById('sp-res');
  const count = document.getElementById('sp-count') as HTMLOutputElement | null;
  if (!form || !q || !out || !count) return;
  const selects = Object.fromEntries(FILTERS.map((f) => [f, document.getElementById(`sp-${f}`) as HTMLSelectElement]));
  const params = new URLSearchParams(location.search);
  q.value = params.get('q') ?? '';
  let pf;
  try {
    pf = await loadPagefind(form.dataset.base ?? '/');
  } catch {
    count.value = 'Search is unavailable: the index was not built.';
    return;
  }
  const available = await pf.filters();
  for (const f of FILTERS) {
    const sel = selects[f]!;
    for (const [value, n] of Object.entries(available[f] ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
      const o = document.createElement('option');
      o.value = value;
      o.textContent = `${value} (${n})`;
      sel.append(o);
    }
    sel.value = params.get(f) ?? '';
  }
  let seq = 0;
  const run = async () => {
    const mine = ++seq;
    const filters: Record<string, string> = {};
    const next = new URLSearchParams();
    if (q.value.trim()) next.set('q', q.value.trim());
    for (const f of FILTERS) {
      const v = selects[f]!.value;
      if (v) {
        filters[f] = v;
        next.set(f, v);
      }
    }
    const qs = next.toString();
    history.replaceState(null, '', `${location.pathname}${qs ? `?${qs}` : ''}`);
    const words = q.value.trim();
    if (!words && Object.keys(filters).length === 0) {
      out.replaceChildren();
      count.value = '';
      return;
    }
    const res = await pf.search(words || null, { filters });
    const data = rankByName(words, await Promise.all(res.results.slice(0, 50).map((r) => r.data())), (d) => d.meta.title ?? '');
    if (mine !== seq) return;
    out.replaceChildren(...data.map((d) => resultRow(document, d)));
    count.value = `${res.results.length} result${res.results.length === 1 ? '' : 's'}${res.results.length > 50 ? ' (first 50 shown)' : ''}`;
  };
  form.addEventListener('input', () => void run());
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    void run();
  });
  void run();
}
