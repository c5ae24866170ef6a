/** /rss.xml: the newest additions to the list. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getAtlas } from '../site/load.ts';
import { newestEntries } from '../site/machine.ts';
import { href } from '../site/href.ts';

export const GET: APIRoute = async (context) => {
  const atlas = await getAtlas();
  return rss({
    title: 'Python Atlas: new entries',
    description: 'Python libraries, frameworks and tools newly added to Python Atlas.',
    site: context.site ?? 'http://localhost/',
    items: newestEntries(atlas).map((e) => ({
      title: `${e.data.name} (${e.categoryTitle})`,
      link: href(e.href),
      pubDate: new Date(`${e.data.added}T00:00:00Z`),
      description: e.data.description,
      categories: [e.categoryTitle, ...e.data.tags],
    })),
  });
};
