/**
 * Popularity as a ranking signal: where a project stands among the list's projects by GitHub
 * stars and PyPI downloads. Ranks, not raw counts, so one giant does not flatten everyone else,
 * and a project without data is neutral (null, read as 0) rather than penalised: the nightly may
 * simply not have fetched it yet.
 */

export interface PopularityInput {
  stars: number | null;
  downloads: number | null;
}

/** Percentile rank (0 = least, 1 = most) of each value among the non-null ones; ties share a rank. */
function percentiles(values: ReadonlyArray<number | null>): Array<number | null> {
  const known = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (known.length === 0) return values.map(() => null);
  if (known.length === 1) return values.map((v) => (v === null ? null : 0.5));
  const rankOf = (v: number) => {
    // Mean position of v among the sorted values, so equal counts get equal ranks.
    let lo = 0;
    while (known[lo]! < v) lo++;
    let hi = lo;
    while (hi + 1 < known.length && known[hi + 1] === v) hi++;
    return (lo + hi) / 2 / (known.length - 1);
  };
  return values.map((v) => (v === null ? null : rankOf(v)));
}

/**
 * One popularity score per project in [-1, 1]: the mean of its star and download percentiles,
 * centred so the median project scores 0; null when it has neither figure. Rounded to two
 * decimals (the catalogue ships it).
 */
export function popularityScores(items: readonly PopularityInput[]): Array<number | null> {
  const stars = percentiles(items.map((i) => i.stars));
  const downloads = percentiles(items.map((i) => i.downloads));
  return items.map((_, k) => {
    const parts = [stars[k], downloads[k]].filter((p): p is number => p !== null && p !== undefined);
    if (parts.length === 0) return null;
    const mean = parts.reduce((a, b) => a + b, 0) / parts.length;
    return Math.round((mean * 2 - 1) * 100) / 100;
  });
}
