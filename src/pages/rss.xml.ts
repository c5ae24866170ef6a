/** /rss.xml: the newest additions to the list. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getAtlas } from '../site/load.ts';
import { newestEntries } from '../site/machine.ts';
import { href } from '../site/href.ts';
import { rssItems } from '../site/rss.ts';

export const GET: APIRoute = async (context) => {
  const atlas = await getAtlas();
  return rss({
    title: 'Python Atlas: new entries',
    description: 'Python libraries, frameworks and tools newly added to Python Atlas.',
    site: context.site ?? 'http://localhost/',
    items: rssItems(newestEntries(atlas), href),
  });
};
