/** /home-tags.json: which rows of the home list carry which tag (src/site/home-list.ts homeTagIndex). */
import type { APIRoute } from 'astro';
import { getAtlas } from '../site/load.ts';
import { homeTagIndex, listedGroups } from '../site/home-list.ts';

export const GET: APIRoute = async () => {
  const atlas = await getAtlas();
  return new Response(JSON.stringify(homeTagIndex(listedGroups(atlas.groups))), { headers: { 'content-type': 'application/json' } });
};
