/**
 * Home list behaviour: reads the toolbar into a ListState, filters and sorts the server-rendered
 * rows in place, and mirrors the state in the URL (replaceState) so a view can be shared.
 * The decisions (match, order, URL form) live in src/site/list-state.ts and are unit-tested.
 */
import { compareRows, parseListState, readHomeRow, serializeListState, rowMatches, statusLetter, type ListState, type RowKeys } from '../site/list-state.ts';
import { healthBand } from '../activity/health.ts';

interface Row {
  el: HTMLLIElement;
  home: HTMLElement;
  keys: RowKeys;
  label?: boolean;
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;

const make = <K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, text: string) =>
  Object.assign(document.createElement(tag), { className: cls, textContent: text });
const BAND = { healthy: 'q1', fair: 'q2', 'at-risk': 'q3' } as const;

/**
 * Turns a compact server-rendered row (src/site/home-list.ts) into the full row the styles and
 * the toolbar work with: the description in a <p>, figures as four cells with the health colour,
 * tags as clickable words, and the status and flags as data attributes. Returns the row's keys.
 */
function expandRow(li: HTMLLIElement): Omit<RowKeys, 'name' | 'group' | 'cat' | 'order'> {
  const kids = [...li.children];
  const figures = kids.find((k) => k.tagName === 'B');
  const tags = kids.find((k) => k.tagName === 'I');
  const k = readHomeRow({
    recommended: li.classList.contains('r'),
    badges: kids.filter((k) => k.tagName === 'EM').map((k) => k.className),
    extraFlags: li.dataset.f ?? '',
    figures: figures?.textContent ?? null,
    tags: tags?.textContent ?? null,
  });
  const text = [...li.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE);
  const p = make('p', '', text.map((n) => n.textContent).join('').trim());
  for (const n of text) n.remove();
  li.insertBefore(p, figures ?? tags ?? null);
  if (figures && k.cells) {
    const m = make('span', 'm', '');
    const [s = '', a = '', d = '', h = ''] = k.cells;
    m.append(make('i', '', s), make('i', '', a), make('i', '', d), make('b', k.health === null ? '' : BAND[healthBand(k.health)], h));
    figures.replaceWith(m);
  }
  if (tags) tags.replaceWith(tagWords(k.tags));
  li.dataset.s = statusLetter(k.status);
  if (k.flags) li.dataset.f = k.flags;
  const { cells: _cells, ...keys } = k;
  return keys;
}

function tagWords(words: readonly string[]): HTMLElement {
  // Spaces between the words (and before them) let a long row wrap between tags.
  const tg = make('span', 'tg', ' ');
  for (const w of words) tg.append(make('i', '', w), ' ');
  return tg;
}

/** Wires up the toolbar rendered by pages/index.astro. */
export function initList(): void {
  const list = $('list');
  const form = $<HTMLFormElement>('tb');
  const flat = $<HTMLOListElement>('flat');
  if (!list || !form || !flat) return;
  const sort = $<HTMLSelectElement>('s-sort')!;
  const group = $<HTMLSelectElement>('s-group')!;
  const cat = $<HTMLSelectElement>('s-cat')!;
  const tag = $<HTMLSelectElement>('s-tag')!;
  const status = $<HTMLSelectElement>('s-status')!;
  const hide = $<HTMLInputElement>('s-hide');
  const count = $<HTMLOutputElement>('s-count')!;
  const none = $('none')!;
  const groups = [...list.querySelectorAll<HTMLElement>('section.grp')];
  const cats = [...list.querySelectorAll<HTMLElement>('section.cat')];

  const rows: Row[] = [...list.querySelectorAll<HTMLLIElement>('section .l > li')].map((el, order) => {
    const c = el.closest<HTMLElement>('section.cat')!;
    const g = el.closest<HTMLElement>('section.grp')!;
    return {
      el,
      home: el.parentElement!,
      keys: { name: el.querySelector('a')?.textContent ?? '', group: g.id.slice(2), cat: c.id, ...expandRow(el), order },
    };
  });
  // Menu options are built here from the list itself: the toolbar only exists with JavaScript,
  // so shipping ~200 <option>s in the HTML would only weigh the page down.
  const option = (value: string, text: string, g?: string) => {
    const o = new Option(text, value);
    if (g) o.dataset.g = g;
    return o;
  };
  // Sections carry their ids: "g-<group>" for groups, "<category>" for categories.
  group.append(...groups.map((g) => option(g.id.slice(2), g.querySelector('h2')?.textContent ?? '')));
  cat.append(...cats.map((c) => option(c.id, c.querySelector('h3 a')?.textContent ?? '', c.closest('section.grp')?.id.slice(2))));
  const tagCounts = new Map<string, number>();
  for (const r of rows) for (const t of r.keys.tags) tagCounts.set(t, (tagCounts.get(t) ?? 0) + 1);
  tag.append(...[...tagCounts].sort(([a], [b]) => a.localeCompare(b)).map(([t, n]) => option(t, `${t} (${n})`)));

  const catLink = new Map(cats.map((s) => [s.id, s.querySelector<HTMLAnchorElement>('h3 a')!]));
  const has = (sel: HTMLSelectElement, v: string) => [...sel.options].some((o) => o.value === v);

  const read = (): ListState => ({
    sort: sort.value as ListState['sort'],
    group: group.value,
    cat: cat.value,
    tag: tag.value,
    status: status.value as ListState['status'],
    hide: hide?.checked ?? false,
  });

  const write = (s: ListState) => {
    sort.value = has(sort, s.sort) ? s.sort : 'default';
    group.value = has(group, s.group) ? s.group : '';
    cat.value = has(cat, s.cat) ? s.cat : '';
    tag.value = has(tag, s.tag) ? s.tag : '';
    status.value = has(status, s.status) ? s.status : '';
    if (hide) hide.checked = s.hide;
  };

  const apply = (push: boolean) => {
    // A category outside the chosen group would match nothing: narrow the category choices.
    for (const o of cat.options) o.hidden = Boolean(group.value && o.dataset.g && o.dataset.g !== group.value);
    if (cat.selectedOptions[0]?.hidden) cat.value = '';
    const s = read();
    let shown = 0;
    for (const r of rows) {
      const ok = rowMatches(r.keys, s);
      r.el.hidden = !ok;
      if (ok) shown++;
    }
    if (s.sort === 'default') {
      // Back from a flat ranking: return every row to its category, in curated order.
      if (!flat.hidden) for (const r of rows) r.home.append(r.el);
      flat.hidden = true;
      for (const c of cats) c.hidden = !c.querySelector('.l > li:not([hidden])');
      for (const g of groups) g.hidden = !g.querySelector('section.cat:not([hidden])');
    } else {
      const sorted = [...rows].sort((a, b) => compareRows(s.sort)(a.keys, b.keys));
      for (const r of sorted) {
        if (!r.label) {
          // In one flat ranking the row must say which category it belongs to.
          const src = catLink.get(r.keys.cat);
          if (src) {
            const a = document.createElement('a');
            a.className = 'ct';
            a.href = src.href;
            a.textContent = src.textContent;
            r.el.insertBefore(a, r.el.querySelector('p'));
          }
          r.label = true;
        }
        flat.append(r.el);
      }
      for (const g of groups) g.hidden = true;
      flat.hidden = false;
    }
    // The table of contents points into the grouped view; a flat ranking has no sections.
    document.querySelector('.home')?.classList.toggle('flat', s.sort !== 'default');
    none.hidden = shown > 0;
    const n = (x: number) => x.toLocaleString('en');
    count.value = shown === rows.length ? `${n(rows.length)} entries` : `${n(shown)} of ${n(rows.length)} entries`;
    if (push) history.replaceState(null, '', `${location.pathname}${serializeListState(s)}`);
  };

  const initial = parseListState(location.search);
  write(initial);
  // The toolbar lives in a <details>: open on wide screens, folded on phones unless the URL
  // already asks for a sort or filter (then the reader should see what is applied).
  const box = $<HTMLDetailsElement>('tbd');
  if (box) {
    box.hidden = false;
    box.open = matchMedia('(min-width: 40rem)').matches || location.search !== '';
  }
  // A tag word in a row filters the list by that tag (the Tag menu does the same by keyboard).
  list.classList.add('js');
  list.addEventListener('click', (ev) => {
    const t = (ev.target as HTMLElement).closest('.tg i');
    if (!t || !has(tag, t.textContent ?? '')) return;
    tag.value = t.textContent ?? '';
    apply(true);
    if (box) box.open = true;
    form.scrollIntoView({ block: 'nearest' });
  });
  form.addEventListener('change', () => apply(true));
  form.addEventListener('submit', (ev) => ev.preventDefault());
  form.addEventListener('reset', () => setTimeout(() => apply(true)));
  $('s-clear')?.addEventListener('click', () => {
    form.reset();
  });
  apply(location.search !== '');
}
