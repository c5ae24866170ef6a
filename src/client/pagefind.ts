/**
 * Lazy loader for the Pagefind index the build writes to /pagefind/. Loaded on first use only, so
 * pages that nobody searches from never download it; ranking favours the name and description
 * (weighted in the entry markup) over passing mentions in notes.
 */

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}
export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
export interface PagefindSearch {
  results: PagefindResult[];
}
export interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string | null, o?: { filters?: Record<string, string | string[]> }): Promise<PagefindSearch>;
  debouncedSearch(q: string, o?: { filters?: Record<string, string | string[]> }, ms?: number): Promise<PagefindSearch | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let loading: Promise<Pagefind> | undefined;

/** The Pagefind module for a site base ("/" or "/atlas/"), loaded once. */
export function loadPagefind(base: string): Promise<Pagefind> {
  loading ??= (async () => {
    const url = `${base.endsWith('/') ? base : `${base}/`}pagefind/pagefind.js`;
    const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
    // Term frequency matters less than where the term sits: a name hit beats five mentions.
    await pf.options({ ranking: { termFrequency: 0.4, pageLength: 0.3, termSaturation: 1.2 } });
    await pf.init();
    return pf;
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}

/** Builds one result link (text only: never injects Pagefind's HTML excerpts). */
export function resultItem(doc: Document, d: PagefindResultData): HTMLLIElement {
  const li = doc.createElement('li');
  const a = doc.createElement('a');
  a.href = d.url;
  const b = doc.createElement('b');
  b.textContent = d.meta.title ?? d.url;
  const small = doc.createElement('small');
  small.textContent = [d.meta.category, d.meta.description].filter(Boolean).join(' · ');
  a.append(b, small);
  li.append(a);
  return li;
}

/** One result as a list row (name link, category, description), for the search and 404 pages. */
export function resultRow(doc: Document, d: PagefindResultData): HTMLLIElement {
  const li = doc.createElement('li');
  const a = doc.createElement('a');
  a.href = d.url;
  a.textContent = d.meta.title ?? d.url;
  const cat = doc.createElement('span');
  cat.className = 'ct';
  cat.textContent = d.meta.category ?? '';
  const p = doc.createElement('p');
  p.textContent = d.meta.description ?? '';
  li.append(a, cat, p);
  return li;
}
