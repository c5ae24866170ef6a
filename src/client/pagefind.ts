/**
 * Lazy loader for the Pagefind index the build writes to /pagefind/. Loaded on first use only, so
 * pages that nobody searches from never download it. Pagefind scores the prose (the entry markup
 * weighs name and description above the note); src/search/rank.ts combines that with the list's
 * own signals.
 */

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}
export interface PagefindResult {
  /** The page hash (its fragment's file name). */
  id: string;
  /** Pagefind's relevance score for the query. */
  score: number;
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
