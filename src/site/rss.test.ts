/**
 * Issue 12, finding 5: a control character in an entry made rss.xml not well-formed. The feed is
 * rendered by @astrojs/rss from our items, then read back by an XML parser.
 */
import { getRssString } from '@astrojs/rss';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { HOSTILE, HOSTILE_NAME } from '../report/test-support/hostile.ts';
import { rssChannel, rssItems } from './rss.ts';

const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

const entry = (name: string, description: string) => ({
  href: '/entries/testing/evil/',
  categoryTitle: `Testing ${HOSTILE.pipe}`,
  data: { name, added: '2026-01-01', description, tags: ['testing', 'web'] },
});

async function feed(entries: ReturnType<typeof entry>[]): Promise<string> {
  return getRssString({ title: 'T', description: 'D', site: 'https://example.org/', items: rssItems(entries, (p) => `https://example.org${p}`) });
}

describe('rss.xml items', () => {
  it('stay well-formed XML whatever an entry holds', async () => {
    const xml = await feed([entry(HOSTILE_NAME, `Rings ${HOSTILE.bel} and ${HOSTILE.html} & ${HOSTILE.esc}.`)]);
    expect(xml).not.toMatch(XML_FORBIDDEN);
    expect(XMLValidator.validate(xml)).toBe(true);
    const item = new XMLParser().parse(xml).rss.channel.item;
    expect(item.title).toContain('<img src=x onerror=alert(1)>'); // markup is text, not elements
    expect(item.title).toContain('\ufffd[31m'); // ESC replaced, the rest kept
    expect(item.description).toBe('Rings ding\ufffd and <img src=x onerror=alert(1)> & red\ufffd[31m text.');
  });

  it('leave ordinary text alone', async () => {
    const items = rssItems([entry('Ünïcode → 😀', 'Plain “text”, tabs\tand all.')], (p) => p);
    expect(items[0]).toMatchObject({ title: 'Ünïcode → 😀 (Testing a | b)', description: 'Plain “text”, tabs\tand all.' });
  });
});

describe('the rss.xml channel', () => {
  it('names its own address and its build date', async () => {
    const xml = await getRssString({
      title: 'T',
      description: 'D',
      site: 'https://example.org/',
      items: rssItems([entry('A', 'B')], (p) => p),
      ...rssChannel('https://example.org/atlas/rss.xml?a=1&b="2"', new Date('2026-12-06T00:00:00Z')),
    });
    expect(XMLValidator.validate(xml)).toBe(true);
    const channel = new XMLParser({ ignoreAttributes: false }).parse(xml).rss.channel;
    expect(channel['atom:link']).toMatchObject({ '@_href': 'https://example.org/atlas/rss.xml?a=1&b="2"', '@_rel': 'self', '@_type': 'application/rss+xml' });
    expect(channel.lastBuildDate).toBe('Sun, 06 Dec 2026 00:00:00 GMT');
  });
});
