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

/**
 * What a feed reader needs to trust the channel: its own address (`atom:link rel="self"`, so a
 * reader that fetched a copy knows where the feed lives) and when it was built (`lastBuildDate`,
 * the build's clock, so ATLAS_NOW pins it too).
 */
export function rssChannel(selfUrl: string, builtAt: Date): { xmlns: Record<string, string>; customData: string } {
  return {
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<atom:link href="${xmlSafe(selfUrl).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}" rel="self" type="application/rss+xml"/><lastBuildDate>${builtAt.toUTCString()}</lastBuildDate>`,
  };
}
