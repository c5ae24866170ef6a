/**
 * The /search/ page: words plus the list's filters (group, category, tag, status), ranked by the
 * same engine as the header box, results as you type, state mirrored in the URL with the filter
 * vocabulary the home page uses (src/site/filters.ts: `?q=orm&cat=orms&status=recommended`).
 * Old links with `?category=<title>` still open the right category.
 *
 * Layout is reserved before results arrive (fixed select widths, a results area at least a screen
 * tall, a count line that always holds a line), so nothing on screen moves when they do.
 */
import { loadSearch } from './search-core.ts';
import { describeAll, runSearch, type SearchHit } from '../search/engine.ts';
import { resultRow } from './result-row.ts';
import type { PreparedEntry } from '../search/catalog.ts';
import { ACTIVITY_STATUSES, FILTER_KEYS, STATUS_FILTERS, STATUS_LABELS, matchesFilters, parseFilters, writeFilters, type FilterKey, type Filters } from '../site/filters.ts';

const SHOWN = 50;

/** Wires up pages/search.astro. */
export async function initSearchPage(): Promise<void> {
  const form = document.getElementById('sp') as HTMLFormElement | null;
  const q = document.getElementById('sp-q') as HTMLInputElement | null;
  const out = document.getElementById('sp-res');
  const count = document.getElementById('sp-count') as HTMLOutputElement | null;
  if (!form || !q || !out || !count) return;
  const selects = Object.fromEntries(FILTER_KEYS.map((k) => [k, document.getElementById(`sp-${k}`) as HTMLSelectElement | null])) as Record<FilterKey, HTMLSelectElement | null>;
  const params = new URLSearchParams(location.search);
  q.value = params.get('q') ?? '';
  let deps;
  try {
    deps = await loadSearch(form.dataset.base ?? '/');
  } catch {
    count.value = 'Search is unavailable: the index was not built.';
    return;
  }
  const { catalog } = deps;
  // Options come from the catalogue: ids as values, content titles as labels, with counts.
  const counts = { group: new Map<string, number>(), cat: new Map<string, number>(), tag: new Map<string, number>(), status: new Map<string, number>() };
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  const groupOf = (e: PreparedEntry) => catalog.categories[e.cat]?.groupId ?? '';
  const statusOf = (e: PreparedEntry) => (['recommended', 'alternative', 'legacy'] as const)[e.status];
  for (const e of catalog.entries) {
    bump(counts.group, groupOf(e));
    bump(counts.cat, catalog.categories[e.cat]?.id ?? '');
    for (const t of e.tags) bump(counts.tag, t);
    bump(counts.status, statusOf(e));
    for (const [name, letter] of [['new', 'n'], ['archived', 'a'], ['stale', 's'], ['deprecated', 'd']] as const) if (e.flags.includes(letter)) bump(counts.status, name);
  }
  const options: Record<FilterKey, Array<[string, string]>> = {
    group: catalog.groups.map((g) => [g.id, g.title]),
    cat: catalog.categories.map((c) => [c.id, c.title]),
    tag: [...counts.tag.keys()].sort().map((t) => [t, t]),
    status: STATUS_FILTERS.filter((s) => !ACTIVITY_STATUSES.has(s) || counts.status.has(s)).map((s) => [s, STATUS_LABELS[s]]),
  };
  for (const k of FILTER_KEYS) {
    const sel = selects[k];
    if (!sel) continue;
    for (const [value, label] of options[k]) sel.append(new Option(`${label} (${counts[k].get(value) ?? 0})`, value));
  }
  let initial = parseFilters(params);
  // Links from before the shared vocabulary: ?category=<title>.
  const legacy = params.get('category');
  if (legacy && !initial.cat) initial = { ...initial, cat: catalog.categories.find((c) => c.title === legacy || c.id === legacy)?.id ?? '' };
  for (const k of FILTER_KEYS) if (selects[k]) selects[k].value = initial[k];

  const read = (): Filters => parseFilters(new URLSearchParams(FILTER_KEYS.map((k) => [k, selects[k]?.value ?? ''])));
  let seq = 0;
  const run = async () => {
    const mine = ++seq;
    const words = q.value.trim();
    const filters = read();
    const next = new URLSearchParams();
    if (words) next.set('q', words);
    writeFilters(filters, next);
    const qs = next.toString();
    history.replaceState(null, '', `${location.pathname}${qs ? `?${qs}` : ''}`);
    const include = (e: PreparedEntry) => matchesFilters({ group: groupOf(e), cat: catalog.categories[e.cat]?.id ?? '', tags: e.tags, status: statusOf(e), flags: e.flags }, filters);
    const filtered = FILTER_KEYS.some((k) => filters[k]);
    let hits: SearchHit[];
    let named = null;
    let corrected: string | null = null;
    if (words) {
      const outcome = await runSearch(deps, q.value, { include, isStale: () => mine !== seq });
      if (!outcome) return;
      hits = outcome.hits;
      named = outcome.named;
      corrected = outcome.corrected;
    } else if (filtered) {
      hits = catalog.entries.filter(include).map((entry) => ({ entry, score: 0, hit: null }));
    } else hits = [];
    const shown = hits.slice(0, SHOWN);
    const descriptions = await describeAll(deps, shown);
    if (mine !== seq) return;
    const rows: HTMLLIElement[] = [];
    if (named) {
      const c = named.category;
      const li = document.createElement('li');
      li.className = 'cat';
      const a = document.createElement('a');
      a.href = c.href;
      a.textContent = `${c.title}`;
      const p = document.createElement('p');
      const sub = named.sub >= 0 ? c.subs[named.sub]?.title : undefined;
      p.textContent = `The category${sub ? ` (${sub})` : ''}, with all ${c.count} entries and how to choose between them.`;
      li.append(a, p);
      rows.push(li);
    }
    shown.forEach((h, i) => rows.push(resultRow(h, catalog.categories[h.entry.cat]?.title ?? '', descriptions[i] ?? '')));
    out.replaceChildren(...rows);
    out.dataset.q = words;
    const n = hits.length;
    count.value = !words && !filtered ? '' : `${n} result${n === 1 ? '' : 's'}${n > SHOWN ? ` (first ${SHOWN} shown)` : ''}${corrected ? ` for “${corrected}”` : ''}`;
  };
  form.addEventListener('input', () => void run());
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    void run();
  });
  form.dataset.ready = '';
  void run();
}
