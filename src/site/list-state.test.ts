import { describe, expect, test } from 'vitest';
import { compactNumber, shortAge } from './format.ts';
import {
  DEFAULT_STATE,
  compareRows,
  parseAge,
  parseCompact,
  parseListState,
  readMetrics,
  rowMatches,
  serializeListState,
  type ListState,
  type RowKeys,
} from './list-state.ts';

const row = (over: Partial<RowKeys>): RowKeys => ({
  name: 'x',
  group: 'web-development',
  cat: 'web-frameworks',
  tags: ['web'],
  status: 'recommended',
  flags: '',
  stars: null,
  commit: null,
  downloads: null,
  health: null,
  order: 0,
  ...over,
});
const state = (over: Partial<ListState>): ListState => ({ ...DEFAULT_STATE, ...over });

describe('the URL form of the list state', () => {
  test('the default view has an empty query string', () => {
    expect(serializeListState(DEFAULT_STATE)).toBe('');
  });

  test('round-trips every field in a fixed order', () => {
    const s = state({ sort: 'stars', group: 'web-development', cat: 'web-frameworks', tag: 'async', status: 'stale', hide: true });
    const qs = serializeListState(s);
    expect(qs).toBe('?sort=stars&group=web-development&cat=web-frameworks&tag=async&status=stale&hide=1');
    expect(parseListState(qs)).toEqual(s);
  });

  test('unknown or malicious values fall back to the default', () => {
    expect(parseListState('?sort=evil&tag=<script>&status=zombie&hide=yes&cat=Web%20Frameworks')).toEqual(DEFAULT_STATE);
  });
});

describe('sort keys are read back from the figures the row shows', () => {
  test.each([
    ['812', 812],
    ['12.2k', 12200],
    ['371k', 371000],
    ['4.5M', 4500000],
    ['2B', 2000000000],
    ['', null],
    ['n/a', null],
  ])('parseCompact(%j) = %j', (text, n) => expect(parseCompact(text)).toBe(n));

  test.each([
    ['today', 0],
    ['37d', 37],
    ['5mo', 152],
    ['3y', 1096],
    ['', null],
    ['soon', null],
  ])('parseAge(%j) = %j', (text, n) => expect(parseAge(text)).toBe(n));

  test('compactNumber and shortAge output round-trips in order', () => {
    const now = new Date('2026-11-28T00:00:00Z');
    const ages = [0, 3, 45, 59, 60, 200, 700, 800, 3000].map((d) => parseAge(shortAge(new Date(now.getTime() - d * 86_400_000).toISOString(), now))!);
    expect(ages).toEqual([...ages].sort((a, b) => a - b));
    const figures = [5, 999, 1000, 1049, 12_345, 999_999, 1_500_000].map((n) => parseCompact(compactNumber(n))!);
    expect(figures).toEqual([...figures].sort((a, b) => a - b));
  });

  test('readMetrics reads the four cells, empty cells as null', () => {
    expect(readMetrics(['12.2k', '1mo', '', '94'])).toEqual({ stars: 12200, commit: 30, downloads: null, health: 94 });
    expect(readMetrics([])).toEqual({ stars: null, commit: null, downloads: null, health: null });
  });
});

describe('rowMatches', () => {
  test.each<[string, Partial<ListState>, Partial<RowKeys>, boolean]>([
    ['no filter', {}, {}, true],
    ['tag present', { tag: 'web' }, {}, true],
    ['tag absent', { tag: 'async' }, {}, false],
    ['other group', { group: 'ai-ml' }, {}, false],
    ['same category', { cat: 'web-frameworks' }, {}, true],
    ['other category', { cat: 'testing' }, {}, false],
    ['entry status', { status: 'legacy' }, { status: 'legacy' }, true],
    ['entry status differs', { status: 'legacy' }, {}, false],
    ['activity flag', { status: 'archived' }, { flags: 'a' }, true],
    ['activity flag missing', { status: 'new' }, { flags: 'as' }, false],
    ['hide stale', { hide: true }, { flags: 's' }, false],
    ['hide archived', { hide: true }, { flags: 'a' }, false],
    ['hide keeps deprecated-only', { hide: true }, { flags: 'dn' }, true],
  ])('%s', (_name, s, r, expected) => {
    expect(rowMatches(row(r), state(s))).toBe(expected);
  });
});

describe('compareRows', () => {
  const rows = [
    row({ name: 'beta', stars: 10, commit: 30, downloads: null, health: 50, order: 0 }),
    row({ name: 'Alpha', stars: null, commit: 5, downloads: 100, health: null, order: 1 }),
    row({ name: 'gamma', stars: 500, commit: null, downloads: 5, health: 90, order: 2 }),
    row({ name: 'delta', stars: 10, commit: 400, downloads: 100, health: 50, order: 3 }),
  ];
  const names = (sort: ListState['sort']) => [...rows].sort(compareRows(sort)).map((r) => r.name);

  test('default keeps the curated order', () => expect(names('default')).toEqual(['beta', 'Alpha', 'gamma', 'delta']));
  test('name is A–Z ignoring case', () => expect(names('name')).toEqual(['Alpha', 'beta', 'delta', 'gamma']));
  test('stars: most first, ties by curated order, no data last', () => expect(names('stars')).toEqual(['gamma', 'beta', 'delta', 'Alpha']));
  test('commit: most recent first', () => expect(names('commit')).toEqual(['Alpha', 'beta', 'delta', 'gamma']));
  test('downloads: most first', () => expect(names('downloads')).toEqual(['Alpha', 'delta', 'gamma', 'beta']));
  test('health: best first', () => expect(names('health')).toEqual(['gamma', 'beta', 'delta', 'Alpha']));
});
