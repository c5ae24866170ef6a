/** /entries.json: the whole list with activity (see src/site/machine.ts). */
import type { APIRoute } from 'astro';
import { getAtlas } from '../site/load.ts';
import { absolute, entriesJson } from '../site/machine.ts';

export const GET: APIRoute = async ({ site }) => {
  const atlas = await getAtlas();
  return new Response(JSON.stringify(entriesJson(atlas, absolute(String(site ?? 'http://localhost/'), import.meta.env.BASE_URL))), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
