/**
 * Which Pagefind page is which entry. A Pagefind result carries only its page hash (the fragment
 * file name); its URL arrives with the fragment, one request per result. Reading all fragments
 * once after indexing and writing, in catalogue order, the hash of each entry's page
 * (/search/pages.json) lets the browser rank every hit of a query with the catalogue's signals
 * without loading a single fragment, and fetch exactly the fragments of the results it shows
 * (src/client/search-core.ts). This module is the sole writer of that file (the build runs it
 * after `pagefind`; scripts/search-map.ts does it by hand).
 *
 * Fragment format (Pagefind 1.x): gzip of the bytes "pagefind_dcd" followed by JSON, either one
 * page `{ url, … }` or a group `{ <hash>: { url, … } }`. Anything else is an error naming the file.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { writeFileAtomicSync } from '../files/atomic-write.ts';
import type { SearchCatalog } from './catalog.ts';

const SIGNATURE = 'pagefind_dcd';

export interface PagesMap {
  v: 1;
  /** Pagefind page hash of each catalogue entry, in catalogue order ("" when it was not indexed). */
  hashes: string[];
  /** Page hash → the fragment file holding it, for pages Pagefind stored in a group file. */
  groups?: Record<string, string>;
}

/** One indexed page: its hash (a search result's id), its URL, and the fragment file it is in. */
export interface FragmentPage {
  hash: string;
  url: string;
  file: string;
}

/** Decodes one fragment file into the pages it holds. */
export function decodeFragment(fileName: string, bytes: Buffer): FragmentPage[] {
  let raw = bytes;
  if (raw.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) raw = zlib.gunzipSync(raw);
  if (raw.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) throw new Error(`${fileName}: not a Pagefind fragment (no signature)`);
  const data = JSON.parse(raw.subarray(SIGNATURE.length).toString('utf8')) as Record<string, unknown>;
  const file = fileName.replace(/\.pf_fragment$/, '');
  if (typeof data.url === 'string') return [{ hash: file, url: data.url, file }];
  const pages: FragmentPage[] = [];
  for (const [hash, page] of Object.entries(data)) {
    const url = (page as { url?: unknown } | null)?.url;
    if (typeof url === 'string') pages.push({ hash, url, file });
  }
  if (pages.length === 0) throw new Error(`${fileName}: a Pagefind fragment without a page URL`);
  return pages;
}

/** The entry id an indexed URL belongs to (`…/entries/<id>/`), or null for other pages. */
export function entryIdOfUrl(url: string): string | null {
  const m = /\/entries\/(.+?)\/?(?:[?#].*)?$/.exec(url);
  return m ? decodeURIComponent(m[1]!) : null;
}

/** The map for a catalogue, from the pages of the index. */
export function buildPagesMap(catalog: Pick<SearchCatalog, 'entries'>, pages: Iterable<FragmentPage>): PagesMap {
  const byId = new Map<string, FragmentPage>();
  for (const p of pages) {
    const id = entryIdOfUrl(p.url);
    if (id) byId.set(id, p);
  }
  const map: PagesMap = { v: 1, hashes: catalog.entries.map((e) => byId.get(e.d)?.hash ?? '') };
  const grouped = [...byId.values()].filter((p) => p.file !== p.hash);
  if (grouped.length) map.groups = Object.fromEntries(grouped.map((p) => [p.hash, p.file]));
  return map;
}

/**
 * Reads <site>/search/catalog.json and <site>/pagefind/fragment/*, writes <site>/search/pages.json.
 * Returns how many entries were found in the index and how many were not.
 */
export function writePagesMap(site: string): { mapped: number; missing: string[] } {
  const catalogFile = path.join(site, 'search', 'catalog.json');
  const fragments = path.join(site, 'pagefind', 'fragment');
  if (!fs.existsSync(catalogFile)) throw new Error(`${catalogFile}: no search catalogue; build the site first (astro build)`);
  if (!fs.existsSync(fragments)) throw new Error(`${fragments}: no Pagefind index; run pagefind --site ${site} first`);
  const catalog = JSON.parse(fs.readFileSync(catalogFile, 'utf8')) as SearchCatalog;
  const pages: FragmentPage[] = [];
  for (const f of fs.readdirSync(fragments).filter((f) => f.endsWith('.pf_fragment'))) pages.push(...decodeFragment(f, fs.readFileSync(path.join(fragments, f))));
  const map = buildPagesMap(catalog, pages);
  writeFileAtomicSync(path.join(site, 'search', 'pages.json'), JSON.stringify(map));
  return { mapped: map.hashes.filter(Boolean).length, missing: catalog.entries.filter((_, i) => !map.hashes[i]).map((e) => e.d) };
}
