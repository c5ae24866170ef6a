import { describe, expect, it } from 'vitest';
import { allowedEdits, correct, editDistance, protectedWords } from './spell.ts';

describe('editDistance', () => {
  it.each([
    ['pandas', 'pandas', 2, 0],
    ['pandsa', 'pandas', 2, 1],
    ['djnago', 'django', 2, 1],
    ['numpi', 'numpy', 2, 1],
    ['celry', 'celery', 2, 1],
    ['kitten', 'sitting', 3, 3],
    ['kitten', 'sitting', 1, 2],
    ['a', 'abcdef', 2, 3],
  ])('%s ~ %s (max %i) = %i', (a, b, max, d) => {
    expect(editDistance(a, b, max)).toBe(d);
  });
});

describe('allowedEdits', () => {
  it.each([[2, 0], [3, 0], [4, 1], [7, 1], [8, 2], [12, 2]])('%i letters -> %i', (n, e) => {
    expect(allowedEdits(n)).toBe(e);
  });
});

describe('correct', () => {
  const targets = new Map([
    ['pandas', 2],
    ['pandera', 1],
    ['django', 2],
    ['requests', 2],
    ['request', 1],
    ['flask', 2],
    ['flake', 1],
  ]);

  it.each([
    ['pandsa', 'pandas'],
    ['djnago', 'django'],
    ['reqeusts', 'requests'],
    ['flaks', 'flask'],
    ['zzzzzz', null],
    ['pd', null],
  ])('%s -> %s', (w, c) => {
    expect(correct(w, targets)).toBe(c);
  });

  it('breaks a tie by shared letters, then priority, then length', () => {
    expect(correct('scarpy', new Map([['scanpy', 3], ['scrapy', 3]]))).toBe('scrapy');
    expect(correct('flakx', new Map([['flake', 1], ['flaks', 3]]))).toBe('flaks');
    expect(correct('abxd', new Map([['abd', 1], ['abzd', 1]]))).toBe('abzd');
  });
});

describe('protectedWords', () => {
  it('keeps the prose words that a correction would otherwise rewrite', () => {
    expect(protectedWords(['parse', 'parser', 'tasks', 'environment', 'flask'], ['parsel', 'flask', 'task'])).toEqual(['parse', 'parser', 'tasks']);
  });

  it('finds swaps and two-edit neighbours of long words', () => {
    expect(protectedWords(['pipelines', 'pipeliens'], ['pipeline'])).toEqual(['pipeliens', 'pipelines']);
  });
});
