import { describe, expect, it } from 'vitest';
import { FILTER_KEYS, NO_FILTERS, STATUS_FILTERS, STATUS_LABELS, matchesFilters, parseFilters, writeFilters, type Filterable } from './filters.ts';
import * as listState from './list-state.ts';

describe('parseFilters and writeFilters', () => {
  it('read ids and known statuses, and write them back in one order', () => {
    const f = parseFilters('?tag=orm&cat=web-frameworks&status=recommended&group=web-development');
    expect(f).toEqual({ group: 'web-development', cat: 'web-frameworks', tag: 'orm', status: 'recommended' });
    const p = new URLSearchParams({ q: 'x' });
    writeFilters(f, p);
    expect(p.toString()).toBe('q=x&group=web-development&cat=web-frameworks&tag=orm&status=recommended');
  });

  it.each([
    ['?cat=Web+Frameworks', 'cat'],
    ['?tag=../x', 'tag'],
    ['?status=great', 'status'],
    ['?group=', 'group'],
  ])('ignores a malformed value: %s', (qs, key) => {
    expect(parseFilters(qs)[key as keyof typeof NO_FILTERS]).toBe('');
  });

  it('writes nothing for no filters', () => {
    const p = new URLSearchParams();
    writeFilters(NO_FILTERS, p);
    expect(p.toString()).toBe('');
  });
});

describe('matchesFilters', () => {
  const e: Filterable = { group: 'web', cat: 'web-frameworks', tags: ['web', 'async'], status: 'alternative', flags: 'sn' };
  it.each([
    [{}, true],
    [{ group: 'web' }, true],
    [{ group: 'data' }, false],
    [{ cat: 'web-frameworks', tag: 'async' }, true],
    [{ tag: 'orm' }, false],
    [{ status: 'alternative' }, true],
    [{ status: 'recommended' }, false],
    [{ status: 'stale' }, true],
    [{ status: 'new' }, true],
    [{ status: 'archived' }, false],
  ] as const)('%j -> %s', (f, ok) => {
    expect(matchesFilters(e, { ...NO_FILTERS, ...f })).toBe(ok);
  });
});

describe('the vocabulary', () => {
  it('labels every status and names the four URL parameters', () => {
    expect(Object.keys(STATUS_LABELS)).toEqual([...STATUS_FILTERS]);
    expect(FILTER_KEYS).toEqual(['group', 'cat', 'tag', 'status']);
  });

  it('is the one the home list parses', () => {
    expect([...listState.STATUS_FILTERS]).toEqual([...STATUS_FILTERS]);
    const qs = '?group=web-development&cat=web-frameworks&tag=orm&status=stale';
    const home = listState.parseListState(qs);
    expect({ group: home.group, cat: home.cat, tag: home.tag, status: home.status }).toEqual(parseFilters(qs));
  });
});
