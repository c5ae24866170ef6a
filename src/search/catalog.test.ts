import { describe, expect, it } from 'vitest';
import { buildAtlas, type AtlasInput } from '../site/view-model.ts';
import type { Entry } from '../schemas/entry.ts';
import { buildCatalog, prepareCatalog, spellTargets } from './catalog.ts';
import { VOCABULARY } from './test-support/catalog.ts';

const entry = (id: string, over: Partial<Entry> = {}, body = '') => {
  const [category, slug] = id.split('/') as [string, string];
  return { id, body, data: { name: slug, url: `https://${slug}.example.org/`, category, tags: ['web'], description: `${slug} parses things.`, status: 'alternative', added: '2026-01-10', ...over } as Entry };
};

const input: AtlasInput = {
  entries: [
    entry('scraping/beautiful-soup', { name: 'Beautiful Soup', pypi: 'beautifulsoup4', import: 'bs4', status: 'recommended', subcategory: 'parsers', tags: ['scraping', 'html'] }, 'Parse broken HTML.'),
    entry('scraping/parsel', { name: 'parsel', subcategory: 'parsers', tags: ['scraping'] }),
    entry('frameworks/flask', { name: 'Flask', pypi: 'Flask', status: 'recommended' }),
  ],
  categories: [
    { id: 'scraping', data: { title: 'Web Scraping', group: 'web', intro: 'Tools that parse pages and crawl whole sites for their data.', order: 1, subcategories: [{ id: 'crawlers', title: 'Crawlers' }, { id: 'parsers', title: 'HTML parsing' }] } },
    { id: 'frameworks', data: { title: 'Web Frameworks', group: 'web', intro: 'Frameworks that turn requests into function calls and pages.', order: 2 } },
  ],
  groups: [{ id: 'web', data: { id: 'web', title: 'Web', order: 1 } }],
  tags: { web: 'Web.', scraping: 'Scraping.', html: 'HTML.' },
  activity: {
    fetchedAt: '2026-11-28T03:00:00Z',
    entries: {
      'frameworks/flask': { github: { repo: 'pallets/flask', stars: 69000, fetchedAt: '2026-11-28T03:00:00Z' } },
      'scraping/parsel': { github: { repo: 'scrapy/parsel', stars: 1200, fetchedAt: '2026-11-28T03:00:00Z' } },
    },
  } as AtlasInput['activity'],
  links: { checkedAt: null, links: {} } as unknown as AtlasInput['links'],
  now: new Date('2026-12-06T00:00:00Z'),
};

describe('buildCatalog', () => {
  const catalog = buildCatalog(buildAtlas(input), VOCABULARY);

  it('keeps the taxonomy, in the list order, with use cases and counts', () => {
    expect(catalog.groups).toEqual([{ id: 'web', title: 'Web' }]);
    expect(catalog.categories).toEqual([
      { id: 'scraping', title: 'Web Scraping', g: 0, subs: [['crawlers', 'Crawlers'], ['parsers', 'HTML parsing']], n: 2 },
      { id: 'frameworks', title: 'Web Frameworks', g: 0, subs: [], n: 1 },
    ]);
  });

  it('writes each entry compactly: names, taxonomy, status, popularity only when known', () => {
    expect(catalog.tags).toEqual(['html', 'scraping', 'web']);
    expect(catalog.entries).toEqual([
      { d: 'scraping/beautiful-soup', n: 'Beautiful Soup', c: 0, u: 1, t: [1, 0], r: 0, p: 'beautifulsoup4', i: 'bs4' },
      { d: 'scraping/parsel', n: 'parsel', c: 0, u: 1, t: [1], r: 1, pop: -1 },
      { d: 'frameworks/flask', n: 'Flask', c: 1, t: [2], r: 0, p: 'Flask', pop: 1 },
    ]);
  });

  it('protects prose words a correction would otherwise turn into a name ("parse" → parsel)', () => {
    expect(catalog.protected).toContain('parse');
    expect(catalog.protected).not.toContain('things');
  });

  it('ships the vocabulary as validated', () => {
    expect(catalog.vocabulary).toEqual(VOCABULARY);
  });
});

describe('spellTargets and prepareCatalog', () => {
  const catalog = buildCatalog(buildAtlas(input), VOCABULARY);

  it('ranks recommended names above other names and taxonomy words', () => {
    const t = spellTargets(catalog);
    expect(t.get('beautifulsoup4')).toBe(3);
    expect(t.get('parsel')).toBe(2);
    expect(t.get('scraping')).toBe(1);
    expect(t.has('bs4')).toBe(true);
  });

  it('precomputes what the ranking compares, with links under the site base', () => {
    const p = prepareCatalog(catalog, '/atlas');
    const soup = p.entries[0]!;
    expect(soup.href).toBe('/atlas/entries/scraping/beautiful-soup/');
    expect(soup.nameKeys).toEqual(['beautifulsoup', 'beautifulsoup4', 'bs4']);
    expect(soup.nameSources).toEqual([['beautiful', 'soup'], ['beautifulsoup4'], ['bs4']]);
    expect([...soup.subTerms]).toEqual(['html', 'pars']);
    expect(p.categories[0]!.href).toBe('/atlas/category/scraping/');
    expect(p.known.has('pars')).toBe(true);
  });
});
