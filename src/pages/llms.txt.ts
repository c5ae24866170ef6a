/** /llms.txt: the list as Markdown for language models (see src/site/machine.ts). */
import type { APIRoute } from 'astro';
import { getAtlas } from '../site/load.ts';
import { absolute, llmsTxt } from '../site/machine.ts';

export const GET: APIRoute = async ({ site }) => {
  const atlas = await getAtlas();
  return new Response(llmsTxt(atlas, absolute(String(site ?? 'http://localhost/'), import.meta.env.BASE_URL)), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
