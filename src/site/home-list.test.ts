import { describe, expect, test } from 'vitest';
import { attr, categoryIndexHtml, entryRow, homeListHtml, homeTagIndex, listedGroups, type HomeRowEntry } from './home-list.ts';
import { readMetrics, readRowMarks, type RowMarks } from './list-state.ts';
import type { GroupView } from './view-model.ts';

const now = new Date('2026-11-28T00:00:00Z');
type Over = Partial<Omit<HomeRowEntry, 'data' | 'flags'>> & { data?: Partial<HomeRowEntry['data']>; flags?: Partial<HomeRowEntry['flags']> };
const entry = (over: Over = {}): HomeRowEntry => ({
  href: '/entries/web-frameworks/fastapi/',
  stars: 12_155,
  lastCommit: '2026-10-22T00:00:00Z',
  downloads: 371_000,
  health: { score: 94 },
  categoryTitle: 'Web Frameworks',
  ...over,
  flags: { archived: false, stale: false, deprecated: false, new: false, ...over.flags },
  data: { name: 'FastAPI', description: 'Typed APIs.', tags: ['web', 'async'], status: 'recommended', category: 'web-frameworks', ...over.data },
});

/** What the list script reads off a row, taken from the HTML string the way the DOM would see it. */
function marks(html: string): RowMarks {
  return {
    recommended: /^<li[^>]* class=r[ >]/.test(html),
    badges: [...html.matchAll(/<em class=(\w)>/g)].map((m) => m[1]!),
    extraFlags: /^<li[^>]* data-f=(\w+)/.exec(html)?.[1] ?? '',
  };
}
const cells = (html: string) => [.../<b>(.*)<\/b>/.exec(html)![1]!.matchAll(/<i[^>]*>([^<]*)<\/i>/g)].map((m) => m[1]!);

describe('an entry row', () => {
  test('states name, link, description, figures and tag links with as little markup as HTML allows', () => {
    expect(entryRow(entry(), now, { link: (p) => `/atlas${p}` })).toBe(
      '<li class=r><a href=/atlas/entries/web-frameworks/fastapi/>FastAPI</a> Typed APIs.<b><i>12.2k</i> <i>37d</i> <i>371k</i> <i class=q1>94</i></b><a href=/atlas/tag/web/>web</a><a href=/atlas/tag/async/>async</a>',
    );
  });

  test('escapes text, leaves unknown figures empty and colours health by band', () => {
    const html = entryRow(entry({ stars: null, health: { score: 39 }, data: { name: 'A<B', description: 'Fish & <chips>', status: 'alternative' } }), now);
    expect(html).toBe('<li><a href=/entries/web-frameworks/fastapi/>A&lt;B</a> Fish &amp; &lt;chips&gt;<b><i></i> <i>37d</i> <i>371k</i> <i class=q3>39</i></b><a href=/tag/web/>web</a><a href=/tag/async/>async</a>');
  });

  test('has no figures when the entry has no activity at all, and no tags when asked for none', () => {
    const html = entryRow(entry({ stars: null, lastCommit: null, downloads: null, health: null }), now, { tags: false });
    expect(html).toBe('<li class=r><a href=/entries/web-frameworks/fastapi/>FastAPI</a> Typed APIs.');
  });

  test('names its category when asked (lists that mix categories)', () => {
    expect(entryRow(entry(), now, { category: true, tags: false })).toContain('</a><a class=ct href=/category/web-frameworks/>Web Frameworks</a> Typed APIs.');
  });

  test('quotes an attribute value only when HTML requires it', () => {
    expect(attr('/atlas/tag/web/')).toBe('/atlas/tag/web/');
    expect(attr('/my atlas/"x"/')).toBe('"/my atlas/&quot;x&quot;/"');
    expect(attr('/a=b/')).toBe('"/a=b/"');
    expect(attr('')).toBe('""');
  });
});

describe('reading a row back', () => {
  test('the figure cells give the sort keys', () => {
    expect(readMetrics(cells(entryRow(entry({ stars: null }), now)))).toEqual({ stars: null, commit: 37, downloads: 371_000, health: 94 });
  });

  test.each([
    [{ new: true }, 'alternative', 'n', ['n']],
    [{ stale: true }, 'alternative', 's', ['s']],
    [{ archived: true }, 'alternative', 'a', ['a']],
    // An archived project shows no stale badge: data-f says it is stale too.
    [{ archived: true, stale: true }, 'alternative', 'as', ['a']],
    [{ archived: true, stale: true, deprecated: true, new: true }, 'alternative', 'asdn', ['n', 'a', 'd']],
  ] as const)('flags %o come back as "%s"/"%s" with badges %o', (flags, status, letters, badges) => {
    const html = entryRow(entry({ flags, data: { status: 'alternative' } }), now);
    const m = marks(html);
    expect(m.badges).toEqual(badges);
    expect(readRowMarks(m)).toEqual({ status, flags: letters });
  });

  test('legacy status travels as its badge, recommended as the row class', () => {
    const legacy = entryRow(entry({ data: { status: 'legacy' } }), now);
    expect(legacy).toContain('<em class=l>legacy</em>');
    expect(readRowMarks(marks(legacy)).status).toBe('legacy');
    expect(readRowMarks(marks(entryRow(entry(), now))).status).toBe('recommended');
  });
});

describe('the grouped list and its index', () => {
  const row = entry();
  const groups = [
    {
      id: 'web',
      title: 'Web & APIs',
      categories: [{ id: 'web-frameworks', href: '/category/web-frameworks/', data: { title: 'Web Frameworks' }, entries: [row, row] }],
    },
  ] as unknown as GroupView[];

  test('every category section carries its id, its entry count and a link to its page', () => {
    const html = homeListHtml(groups, now);
    expect(html).toMatch(/^<section class=grp id=g-web><h2>Web &amp; APIs<\/h2><a class=up href=#idx>Categories<\/a><section class=cat id=web-frameworks style=--n:2><h3><a href=\/category\/web-frameworks\/>Web Frameworks<\/a> <small>2<\/small><\/h3><ul class=l><li/);
    expect(html.match(/<li/g)).toHaveLength(2);
    expect(html, 'the home list carries no tag links: /home-tags.json has them').not.toContain('/tag/');
  });

  test('the tag index numbers rows in the order the list writes them', () => {
    const other = entry({ data: { name: 'Flask', tags: ['web', 'wsgi'] } });
    const two = [
      ...groups,
      { id: 'data', title: 'Data', categories: [{ id: 'orm', href: '/category/orm/', data: { title: 'ORM' }, entries: [other] }] },
    ] as unknown as GroupView[];
    expect(homeTagIndex(two)).toEqual({ rows: 3, tags: { async: [0, 1], web: [0, 1, 2], wsgi: [2] } });
    expect(Object.keys(homeTagIndex(two).tags), 'tags sorted by name for the menu').toEqual(['async', 'web', 'wsgi']);
  });

  test('categories without entries, and groups left without categories, are not listed', () => {
    const empty = [
      ...groups,
      { id: 'none', title: 'None', categories: [{ id: 'x', href: '/category/x/', data: { title: 'X' }, entries: [] }] },
    ] as unknown as GroupView[];
    expect(listedGroups(empty).map((g) => g.id)).toEqual(['web']);
  });

  test('the index links every group and category to its section, with counts', () => {
    expect(categoryIndexHtml(groups)).toBe('<ul><li><a href=#g-web>Web &amp; APIs</a><ul><li><a href=#web-frameworks>Web Frameworks <small>2</small></a></ul></ul>');
  });
});
