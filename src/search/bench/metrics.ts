/**
 * The yardstick's figures, computed from what a query returned: whether a right answer came
 * first (top-1), whether one is among the first five (top-5), the mean reciprocal rank, and the
 * p95 of a list of timings. Pure, so the bench and the e2e floor agree on every definition.
 */
import type { BenchQuery, QueryGroup } from './query-set.ts';

/** What one query returned, in display order (entry names only; category links excluded). */
export interface QueryOutcome {
  query: BenchQuery;
  results: readonly string[];
}

/** 1-based rank of the first acceptable answer, or null when none was returned. */
export function firstHit(outcome: QueryOutcome): number | null {
  const want = new Set(outcome.query.want);
  const i = outcome.results.findIndex((name) => want.has(name));
  return i < 0 ? null : i + 1;
}

export interface QualityFigures {
  queries: number;
  top1: number;
  top5: number;
  /** Mean reciprocal rank over the results shown (a miss counts 0). */
  mrr: number;
  /** Queries that returned nothing at all. */
  empty: number;
}

/** Top-1, top-5 and MRR as fractions in [0, 1]. */
export function qualityFigures(outcomes: readonly QueryOutcome[]): QualityFigures {
  let top1 = 0;
  let top5 = 0;
  let rr = 0;
  let empty = 0;
  for (const o of outcomes) {
    const rank = firstHit(o);
    if (o.results.length === 0) empty++;
    if (rank === null) continue;
    if (rank === 1) top1++;
    if (rank <= 5) top5++;
    rr += 1 / rank;
  }
  const n = outcomes.length || 1;
  return { queries: outcomes.length, top1: top1 / n, top5: top5 / n, mrr: rr / n, empty };
}

/** Figures per query group, in the set's group order, plus "all". */
export function figuresByGroup(outcomes: readonly QueryOutcome[]): Array<{ group: QueryGroup | 'all'; figures: QualityFigures }> {
  const groups = [...new Set(outcomes.map((o) => o.query.group))];
  return [
    ...groups.map((group) => ({ group, figures: qualityFigures(outcomes.filter((o) => o.query.group === group)) })),
    { group: 'all' as const, figures: qualityFigures(outcomes) },
  ];
}

/** The p-th percentile (nearest rank) of a list of numbers; NaN for an empty list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}
