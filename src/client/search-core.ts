/**
 * Loads what search needs, once per page and only on first use: the Pagefind index, the search
 * catalogue (/search/catalog.json) and the page map (/search/pages.json), and hands the search
 * engine (src/search/engine.ts) a ready set of dependencies. Imported dynamically by the header
 * box, so none of it weighs on a page's first paint.
 */
import { loadPagefind } from './pagefind.ts';
import { prepareCatalog, type PreparedEntry, type SearchCatalog } from '../search/catalog.ts';
import type { SearchDeps } from '../search/engine.ts';
import type { PagesMap } from '../search/pages-map.ts';

let loading: Promise<SearchDeps> | undefined;

async function json<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

const SIGNATURE = 'pagefind_dcd';

/**
 * The description in one Pagefind fragment file (gzip of "pagefind_dcd" + JSON, the format
 * src/search/pages-map.ts reads at build time). `page` picks the page out of a group file.
 */
async function fragmentDescription(url: string, page: string): Promise<string> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  let bytes = new Uint8Array(await res.arrayBuffer());
  const signed = (b: Uint8Array) => new TextDecoder().decode(b.subarray(0, SIGNATURE.length)) === SIGNATURE;
  if (!signed(bytes)) bytes = new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());
  if (!signed(bytes)) throw new Error(`${url}: not a Pagefind fragment`);
  const data = JSON.parse(new TextDecoder().decode(bytes.subarray(SIGNATURE.length))) as Record<string, unknown>;
  const one = (typeof data.url === 'string' ? data : data[page]) as { meta?: Record<string, string> } | undefined;
  return one?.meta?.description ?? '';
}

/** The search dependencies for a site base ("/" or "/atlas/"), loaded once. */
export function loadSearch(base: string): Promise<SearchDeps> {
  loading ??= (async () => {
    const root = base.endsWith('/') ? base : `${base}/`;
    const [pf, catalog, pages] = await Promise.all([
      loadPagefind(root),
      json<SearchCatalog>(`${root}search/catalog.json`),
      // Without the map (a build that skipped it) search still works, loading fragments to rank.
      json<PagesMap>(`${root}search/pages.json`).catch(() => null),
    ]);
    const prepared = prepareCatalog(catalog, root);
    const usable = pages && pages.hashes.length === prepared.entries.length ? pages : null;
    const map = usable ? new Map(usable.hashes.flatMap((h, i) => (h ? [[h, i] as [string, number]] : []))) : null;
    const descriptions = new Map<number, Promise<string>>();
    const describe = (e: PreparedEntry): Promise<string> => {
      const hash = usable?.hashes[e.index];
      if (!hash) return Promise.resolve('');
      let d = descriptions.get(e.index);
      if (!d) {
        d = fragmentDescription(`${root}pagefind/fragment/${usable.groups?.[hash] ?? hash}.pf_fragment`, hash);
        d.catch(() => descriptions.delete(e.index));
        descriptions.set(e.index, d);
      }
      return d;
    };
    return { index: { search: (term: string) => pf.search(term) }, catalog: prepared, pages: map, ...(usable && typeof DecompressionStream !== 'undefined' ? { describe } : {}) };
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}
