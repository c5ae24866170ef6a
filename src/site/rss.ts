/**
 * The items of /rss.xml. @astrojs/rss escapes markup, but XML 1.0 has no way at all to carry most
 * control characters (not even as `&#27;`): one that slipped past the schema would make the whole
 * feed unreadable to every reader. Each string goes through `xmlSafe` first (src/report/escape.ts).
 */
import type { RSSFeedItem } from '@astrojs/rss';
import { xmlSafe } from '../report/escape.ts';
import type { EntryView } from './view-model.ts';

type FeedEntry = Pick<EntryView, 'href' | 'categoryTitle'> & { data: Pick<EntryView['data'], 'name' | 'added' | 'description' | 'tags'> };

/** One feed item per entry, newest first as given; `link` maps an entry path to its site address. */
export function rssItems(entries: readonly FeedEntry[], link: (path: string) => string): RSSFeedItem[] {
  return entries.map((e) => ({
    title: xmlSafe(`${e.data.name} (${e.categoryTitle})`),
    link: xmlSafe(link(e.href)),
    pubDate: new Date(`${e.data.added}T00:00:00Z`),
    description: xmlSafe(e.data.description),
    categories: [e.categoryTitle, ...e.data.tags].map(xmlSafe),
  }));
}
