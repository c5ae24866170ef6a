/**
 * /rss.xml: the newest additions to the list, newest first (ties in curated order), with the
 * channel's own address and build date (src/site/rss.ts).
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getAtlas } from '../site/load.ts';
import { absolute, newestEntries } from '../site/machine.ts';
import { href } from '../site/href.ts';
import { rssChannel, rssItems } from '../site/rss.ts';

export const GET: APIRoute = async (context) => {
  const atlas = await getAtlas();
  // The site's root, with the deployment base: the channel's link and the feed's own address.
  const root = new URL(import.meta.env.BASE_URL, context.site ?? 'http://localhost/').href;
  return rss({
    title: 'Python Atlas: new entries',
    description: 'Python libraries, frameworks and tools newly added to Python Atlas.',
    site: root,
    items: rssItems(newestEntries(atlas), href),
    ...rssChannel(absolute(root, '/rss.xml'), atlas.now),
  });
};
