import { describe, expect, it } from 'vitest';
import { popularityScores } from './popularity.ts';

describe('popularityScores', () => {
  it('spreads projects from -1 (least) to 1 (most) by their ranks', () => {
    expect(popularityScores([
      { stars: 10, downloads: null },
      { stars: 1000, downloads: null },
      { stars: 100, downloads: null },
    ])).toEqual([-1, 1, 0]);
  });

  it('averages stars and downloads when both are known', () => {
    expect(popularityScores([
      { stars: 1, downloads: 300 },
      { stars: 2, downloads: 100 },
      { stars: 3, downloads: 200 },
    ])).toEqual([0, -0.5, 0.5]);
  });

  it('leaves a project without data neutral (null) and does not count it', () => {
    expect(popularityScores([{ stars: null, downloads: null }, { stars: 5, downloads: null }, { stars: 50, downloads: null }])).toEqual([null, -1, 1]);
  });

  it('gives equal counts equal scores, and a lone known project the middle', () => {
    expect(popularityScores([{ stars: 7, downloads: null }, { stars: 7, downloads: null }])).toEqual([0, 0]);
    expect(popularityScores([{ stars: 7, downloads: null }, { stars: null, downloads: null }])).toEqual([0, null]);
  });

  it('is all null without an activity store', () => {
    expect(popularityScores([{ stars: null, downloads: null }])).toEqual([null]);
    expect(popularityScores([])).toEqual([]);
  });
});
