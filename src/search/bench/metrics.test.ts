import { describe, expect, it } from 'vitest';
import { figuresByGroup, firstHit, percentile, qualityFigures, type QueryOutcome } from './metrics.ts';

const o = (q: string, want: string[], results: string[], group: 'name' | 'task' = 'name'): QueryOutcome => ({ query: { q, group, want }, results });

describe('firstHit', () => {
  it.each([
    [['FastAPI'], ['FastAPI', 'Flask'], 1],
    [['Flask'], ['FastAPI', 'Flask'], 2],
    [['Django', 'Flask'], ['FastAPI', 'Flask', 'Django'], 2],
    [['Django'], ['FastAPI', 'Flask'], null],
    [['Django'], [], null],
  ])('want %j in %j -> %s', (want, results, rank) => {
    expect(firstHit(o('q', want, results))).toBe(rank);
  });
});

describe('qualityFigures', () => {
  it('counts top-1, top-5, reciprocal ranks and empty answers', () => {
    const f = qualityFigures([
      o('a', ['A'], ['A']),
      o('b', ['B'], ['x', 'B']),
      o('c', ['C'], ['1', '2', '3', '4', '5', 'C']),
      o('d', ['D'], []),
    ]);
    expect(f).toEqual({ queries: 4, top1: 0.25, top5: 0.5, mrr: (1 + 1 / 2 + 1 / 6) / 4, empty: 1 });
  });

  it('reports zeros, not NaN, for an empty set', () => {
    expect(qualityFigures([])).toEqual({ queries: 0, top1: 0, top5: 0, mrr: 0, empty: 0 });
  });
});

describe('figuresByGroup', () => {
  it('lists each group in first-seen order, then all', () => {
    const groups = figuresByGroup([o('a', ['A'], ['A'], 'task'), o('b', ['B'], [], 'name'), o('c', ['C'], ['C'], 'task')]);
    expect(groups.map((g) => [g.group, g.figures.queries, g.figures.top1])).toEqual([
      ['task', 2, 1],
      ['name', 1, 0],
      ['all', 3, 2 / 3],
    ]);
  });
});

describe('percentile', () => {
  it.each([
    [[5], 95, 5],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95, 10],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50, 5],
    [Array.from({ length: 100 }, (_, i) => i + 1), 95, 95],
  ])('%j p%i = %i', (values, p, expected) => {
    expect(percentile(values, p)).toBe(expected);
  });

  it('is NaN for no values', () => {
    expect(percentile([], 95)).toBeNaN();
  });
});
