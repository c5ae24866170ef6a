/**
 * Home list behaviour. The build renders the list in its final form (src/site/home-list.ts), so
 * loading the page costs this script next to nothing: it reads the rows a category at a time while
 * the browser is idle (or at once, when a sort or filter needs them before that), and fetches
 * which rows carry which tag (/home-tags.json, a few KB) only for the Tag menu.
 *
 * An interaction then touches only what it changes, never rebuilding a row:
 * - a filter flips `hidden` on the rows whose match changed and rewrites the counts that changed
 *   (category headings and the category index);
 * - a sort puts the matching rows into the flat ranking in one batch; the ranking holds only
 *   matching rows, because thousands of hidden siblings in one list make the browser's layout
 *   tree rebuild quadratic (1-2 s for a tag filter over a sorted list);
 * - the curated order moves every row back to its category in one append per category.
 * The state is mirrored in the URL (replaceState) so a view can be shared; the decisions (match,
 * order, URL form, what a row's marks mean) live in src/site/list-state.ts and are unit-tested.
 */
import type { HomeTagIndex } from '../site/home-list.ts';
import { DEFAULT_STATE, compareRows, parseListState, readMetrics, readRowMarks, rowMatches, serializeListState, type ListState, type RowKeys } from '../site/list-state.ts';

interface Group {
  id: string;
  title: string;
  section: HTMLElement;
  /** Its item in the category index. */
  item: HTMLElement;
  shown: number;
}
interface Cat {
  id: string;
  title: string;
  href: string;
  group: Group;
  section: HTMLElement;
  ul: HTMLElement;
  rows: Row[];
  /** The count in the section heading and in the index. */
  counts: [HTMLElement, HTMLElement];
  item: HTMLElement;
  shown: number;
}
interface Row {
  el: HTMLLIElement;
  cat: Cat;
  keys: RowKeys & { tags: string[] };
  shown: boolean;
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** Reads the server-rendered list and its index, one category per step. */
function listReader(list: HTMLElement, index: HTMLElement) {
  const links = new Map<string, HTMLElement>();
  for (const a of index.querySelectorAll('a')) links.set(a.hash.slice(1), a);
  const sections = [...list.querySelectorAll<HTMLElement>(':scope > .grp > .cat')];
  const groups: Group[] = [];
  const cats: Cat[] = [];
  const rows: Row[] = [];
  const step = () => {
    const cs = sections[cats.length]!;
    const gs = cs.parentElement!;
    let g = groups.at(-1);
    if (g?.section !== gs) groups.push((g = { id: gs.id.slice(2), title: gs.firstElementChild!.textContent!, section: gs, item: links.get(gs.id)!.parentElement!, shown: 1 }));
    const h = cs.firstElementChild!.firstElementChild as HTMLAnchorElement;
    const link = links.get(cs.id)!;
    const ul = cs.lastElementChild as HTMLElement;
    const c: Cat = { id: cs.id, title: h.textContent!, href: h.href, group: g, section: cs, ul, rows: [], counts: [cs.querySelector('small')!, link.lastElementChild as HTMLElement], item: link.parentElement!, shown: 0 };
    cats.push(c);
    for (const li of ul.children as HTMLCollectionOf<HTMLLIElement>) {
      const badges: string[] = [];
      let cells: string[] = [];
      for (const k of li.children) {
        if (k.tagName === 'EM') badges.push(k.className);
        else if (k.tagName === 'B') cells = [...k.children].map((i) => i.textContent!);
      }
      const marks = readRowMarks({ recommended: li.className === 'r', badges, extraFlags: li.dataset.f ?? '' });
      const keys = { name: li.firstElementChild!.textContent!, group: g.id, cat: c.id, tags: [] as string[], ...marks, ...readMetrics(cells), order: rows.length };
      const row: Row = { el: li, cat: c, keys, shown: true };
      c.rows.push(row);
      rows.push(row);
    }
    c.shown = c.rows.length;
  };
  return {
    groups,
    cats,
    rows,
    done: () => cats.length === sections.length,
    step,
    /** Everything, read now. */
    all() {
      while (cats.length < sections.length) step();
      return { groups, cats, rows };
    },
  };
}

/** Wires up the toolbar rendered by pages/index.astro. */
export function initList(): void {
  const list = $('list');
  const form = $<HTMLFormElement>('tb');
  const index = $('idx');
  if (!list || !form || !index) return;
  const flat = $('flat');
  const sort = $<HTMLSelectElement>('s-sort');
  const group = $<HTMLSelectElement>('s-group');
  const cat = $<HTMLSelectElement>('s-cat');
  const tag = $<HTMLSelectElement>('s-tag');
  const status = $<HTMLSelectElement>('s-status');
  const hide = $<HTMLInputElement>('s-hide') as HTMLInputElement | null;
  const count = $<HTMLOutputElement>('s-count');
  const home = list.closest<HTMLElement>('.home')!;
  const reader = listReader(list, index);

  // The menus are filled from the list itself and the tag index (shipping ~350 <option>s in the
  // HTML would only weigh the page down), once the rows are read or as soon as a menu is about to
  // open.
  let tagsLoaded: Promise<unknown> | undefined;
  const loadTags = () =>
    (tagsLoaded ??= fetch(list.dataset.tags!, { cache: 'no-cache' })
      .then((r) => r.json() as Promise<HomeTagIndex>)
      .then((d) => {
        const { rows } = reader.all();
        // An index from another build of the list would filter the wrong rows.
        if (d.rows !== rows.length) return;
        for (const [t, at] of Object.entries(d.tags)) for (const i of at) rows[i]!.keys.tags.push(t);
        tag.append(...Object.entries(d.tags).map(([t, at]) => new Option(`${t} (${at.length})`, t)));
      })
      .catch(() => undefined));
  let filled = false;
  const fill = () => {
    if (filled) return;
    filled = true;
    const m = reader.all();
    group.append(...m.groups.map((g) => new Option(g.title, g.id)));
    cat.append(
      ...m.cats.map((c) => {
        const o = new Option(c.title, c.id);
        o.dataset.g = c.group.id;
        return o;
      }),
    );
    void loadTags();
  };
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

  let narrowed = '';
  /** The rows in the flat ranking, in order; null while rows sit in their categories. */
  let ranked: HTMLLIElement[] | null = null;
  let labelled = false;
  const apply = (push: boolean) => {
    const m = reader.all();
    if (group.value !== narrowed) {
      // A category outside the chosen group would match nothing: narrow the category choices.
      narrowed = group.value;
      for (const o of cat.options) o.hidden = Boolean(narrowed && o.dataset.g && o.dataset.g !== narrowed);
      if (cat.selectedOptions[0]?.hidden) cat.value = '';
    }
    const s = read();
    let shown = 0;
    for (const c of m.cats) {
      let n = 0;
      for (const r of c.rows) {
        const ok = rowMatches(r.keys, s);
        if (ok !== r.shown) (r.el.hidden = !ok), (r.shown = ok);
        if (ok) n++;
      }
      if (n !== c.shown) {
        c.shown = n;
        c.counts[0].textContent = n === c.rows.length ? String(n) : `${n} of ${c.rows.length}`;
        c.counts[1].textContent = String(n);
        c.section.hidden = c.item.hidden = n === 0;
        // Offscreen sections reserve about the height of the rows they show (home.css).
        c.section.style.setProperty('--n', String(n));
      }
      shown += n;
    }
    for (const g of m.groups) {
      const n = m.cats.reduce((t, c) => t + (c.group === g ? c.shown : 0), 0);
      if ((n === 0) !== (g.shown === 0)) g.section.hidden = g.item.hidden = n === 0;
      g.shown = n;
    }
    if (s.sort === 'default') {
      if (ranked) for (const c of m.cats) c.ul.append(...c.rows.map((r) => r.el));
      ranked = null;
    } else {
      if (!labelled) {
        // In one flat ranking a row must say which category it belongs to (hidden in the grouped view).
        for (const c of m.cats) {
          const label = Object.assign(document.createElement('a'), { className: 'ct', href: c.href, textContent: c.title });
          for (const r of c.rows) r.el.firstElementChild!.after(label.cloneNode(true));
        }
        labelled = true;
      }
      const next = m.rows.filter((r) => r.shown).sort((a, b) => compareRows(s.sort)(a.keys, b.keys)).map((r) => r.el);
      if (!ranked || next.length !== ranked.length || next.some((el, i) => el !== ranked![i])) flat.replaceChildren(...next);
      ranked = next;
    }
    // A flat ranking has no sections for the index to point into: the list takes the full width.
    home.classList.toggle('flat', ranked !== null);
    flat.hidden = ranked === null;
    $('none').hidden = shown > 0;
    const f = (x: number) => x.toLocaleString('en');
    count.value = shown === m.rows.length ? `${f(shown)} entries` : `${f(shown)} of ${f(m.rows.length)} entries`;
    // After the frame: replaceState saves the scroll position, which would force the new layout early.
    if (push) requestAnimationFrame(() => setTimeout(() => history.replaceState(null, '', `${location.pathname}${serializeListState(s)}`)));
  };

  const reset = () => {
    write(DEFAULT_STATE);
    apply(true);
  };
  form.addEventListener('change', () => apply(true));
  form.addEventListener('submit', (ev) => ev.preventDefault());
  form.addEventListener('reset', (ev) => {
    ev.preventDefault();
    reset();
  });
  $('s-clear').addEventListener('click', reset);
  for (const sel of [group, cat, tag]) for (const type of ['focus', 'pointerdown']) sel.addEventListener(type, fill);

  if (location.search) {
    const s = parseListState(location.search);
    fill();
    void (s.tag ? loadTags() : Promise.resolve()).then(() => {
      write(s);
      apply(true);
      // Sections that come on screen once others shrank are laid out a frame later: show the
      // list when that has settled, so the view a link asked for is what appears first.
      requestAnimationFrame(() => requestAnimationFrame(() => document.documentElement.classList.remove('fl', 'fs')));
    });
  } else if ('requestIdleCallback' in window) {
    // A category per slice of idle time keeps every task far below the 50 ms that blocks input.
    const work = (d: IdleDeadline) => {
      while (!reader.done() && d.timeRemaining() > 4) reader.step();
      if (reader.done()) fill();
      else requestIdleCallback(work);
    };
    requestIdleCallback(work);
  } else setTimeout(fill, 2000);
}
