/**
 * /search/catalog.json: the search catalogue (src/search/catalog.ts), the list's signals that
 * the Pagefind index does not carry. Loaded by the search box, the search page and the 404 page
 * on first use only, never on a page's first paint.
 */
import type { APIRoute } from 'astro';
import { getAtlas } from '../../site/load.ts';
import { contentDir } from '../../site/content-dir.ts';
import { buildCatalog } from '../../search/catalog.ts';
import { loadSynonyms } from '../../search/synonyms-file.ts';

export const GET: APIRoute = async () => {
  const catalog = buildCatalog(await getAtlas(), loadSynonyms(contentDir()));
  return new Response(JSON.stringify(catalog), { headers: { 'content-type': 'application/json' } });
};
