import { describe, expect, test } from 'vitest';
import { homeRow, type HomeRowEntry } from './home-list.ts';
import { readHomeRow, type HomeRowParts } from './list-state.ts';

const now = new Date('2026-11-28T00:00:00Z');
type Over = Partial<Omit<HomeRowEntry, 'data' | 'flags'>> & { data?: Partial<HomeRowEntry['data']>; flags?: Partial<HomeRowEntry['flags']> };
const entry = (over: Over = {}): HomeRowEntry => ({
  href: '/entries/web-frameworks/fastapi/',
  stars: 12_155,
  lastCommit: '2026-10-22T00:00:00Z',
  downloads: 371_000,
  health: { score: 94 },
  ...over,
  flags: { archived: false, stale: false, deprecated: false, new: false, ...over.flags },
  data: { name: 'FastAPI', description: 'Typed APIs.', tags: ['web', 'async'], status: 'recommended', ...over.data },
});

/** What the list script reads off a row, taken from the HTML string the way the DOM would see it. */
function parts(html: string): HomeRowParts {
  return {
    recommended: /^<li[^>]* class=r[ >]/.test(html),
    badges: [...html.matchAll(/<em class=(\w)>/g)].map((m) => m[1]!),
    extraFlags: /^<li[^>]* data-f=(\w+)/.exec(html)?.[1] ?? '',
    figures: /<b>([^<]*)<\/b>/.exec(html)?.[1] ?? null,
    tags: /<i>([^<]*)<\/i>/.exec(html)?.[1] ?? null,
  };
}

describe('a compact home row', () => {
  test('states name, link, description, figures and tags with as little markup as HTML allows', () => {
    expect(homeRow(entry(), now, (p) => `/atlas${p}`)).toBe(
      '<li class=r><a href="/atlas/entries/web-frameworks/fastapi/">FastAPI</a> Typed APIs.<b>12.2k 37d 371k 94</b><i> web async</i>',
    );
  });

  test('escapes text and marks unknown figures with a dash', () => {
    const html = homeRow(entry({ stars: null, health: null, data: { name: 'A<B', description: 'Fish & <chips>', status: 'alternative' } }), now);
    expect(html).toBe('<li><a href="/entries/web-frameworks/fastapi/">A&lt;B</a> Fish &amp; &lt;chips&gt;<b>- 37d 371k -</b><i> web async</i>');
  });

  test('has no figures run when the entry has no activity at all', () => {
    const html = homeRow(entry({ stars: null, lastCommit: null, downloads: null, health: null }), now);
    expect(html).not.toContain('<b>');
    expect(readHomeRow(parts(html))).toMatchObject({ cells: null, stars: null, commit: null, downloads: null, health: null });
  });
});

describe('reading a compact row back', () => {
  test('recovers the figures as sort keys and as cells to show', () => {
    expect(readHomeRow(parts(homeRow(entry({ stars: null, health: null }), now)))).toEqual({
      status: 'recommended',
      flags: '',
      tags: ['web', 'async'],
      stars: null,
      commit: 37,
      downloads: 371_000,
      health: null,
      cells: ['', '37d', '371k', ''],
    });
  });

  test.each([
    [{ new: true }, 'alternative', 'n', ['n']],
    [{ stale: true }, 'alternative', 's', ['s']],
    [{ archived: true }, 'alternative', 'a', ['a']],
    // An archived project shows no stale badge: data-f says it is stale too.
    [{ archived: true, stale: true }, 'alternative', 'as', ['a']],
    [{ archived: true, stale: true, deprecated: true, new: true }, 'alternative', 'asdn', ['n', 'a', 'd']],
  ] as const)('flags %o come back as "%s"/"%s" with badges %o', (flags, status, letters, badges) => {
    const html = homeRow(entry({ flags, data: { status: 'alternative' } }), now);
    const p = parts(html);
    expect(p.badges).toEqual(badges);
    expect(readHomeRow(p)).toMatchObject({ status, flags: letters });
  });

  test('legacy status travels as its badge', () => {
    const html = homeRow(entry({ data: { status: 'legacy' } }), now);
    expect(html).toContain('<em class=l>legacy</em>');
    expect(readHomeRow(parts(html)).status).toBe('legacy');
  });
});
