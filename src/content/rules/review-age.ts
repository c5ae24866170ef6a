/**
 * Rule `review-age` (warning): a `recommended` entry is a promise that it is still the default
 * choice, and projects go stale. When its `reviewed` date (or, if it was never reviewed, its
 * `added` date) is over a year before now, the entry is due for a re-check: latest release,
 * archived or not, successor or fork, and whether the rating still holds. It is reported but
 * does not fail the run. "Now" is the caller's clock (ctx.now), never the real one.
 *
 * Examples: `examples` below, what the rule prints for a passing and a failing case; they
 * are run as its tests, so they cannot drift from the code.
 */
import { str, type Rule } from '../context.ts';
import type { Problem } from '../problem.ts';
import { utcDay } from '../../time/clock.ts';
import type { RuleExamples } from '../rule-examples.ts';

export const id = 'review-age';

/** Passing and failing examples: this rule's documentation and its tests (rules/examples.test.ts). */
export const examples: RuleExamples = {
  passes: [
    {
      title: 'reviewed this year',
      files: { 'entries/testing/one.md': { fields: { reviewed: '2026-03-01' } } },
      reports: [],
    },
  ],
  fails: [
    {
      title: 'reviewed over a year before now (2026-12-06)',
      files: { 'entries/testing/one.md': { fields: { added: '2025-01-10', reviewed: '2025-11-30' } } },
      reports: [
        'content/entries/testing/one.md:12:11  review-age  warning: recommended entry last reviewed 2025-11-30, over a year before 2026-12-06',
      ],
    },
  ],
};

/** A YAML date field as YYYY-MM-DD (YAML may have parsed it to a Date); undefined when unusable. */
function day(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : utcDay(value);
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? value.trim() : undefined;
}

/** The day one year after `date` (YYYY-MM-DD); 29 February rolls over to 1 March. */
export function oneYearAfter(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return utcDay(new Date(Date.UTC(y + 1, m - 1, d)));
}

/** Whether a review on `date` is over a year old on the UTC day of `now` (the anniversary itself is not). */
export function isReviewDue(date: string, now: Date): boolean {
  return utcDay(now) > oneYearAfter(date);
}

export const rule: Rule = {
  id,
  check(ctx) {
    const problems: Problem[] = [];
    const today = utcDay(ctx.now);
    for (const file of ctx.entries) {
      if (!ctx.isSelected(file) || str(file, 'status') !== 'recommended') continue;
      const reviewed = day(file.raw?.reviewed);
      const added = day(file.raw?.added);
      const since = reviewed ?? added;
      if (since === undefined || !isReviewDue(since, ctx.now)) continue;
      const message = reviewed
        ? `recommended entry last reviewed ${reviewed}, over a year before ${today}`
        : `recommended entry added ${since} and never reviewed, over a year before ${today}`;
      problems.push(
        ctx.problem(id, file, ctx.at(file, [reviewed ? 'reviewed' : 'added']), message,
          `re-check its latest release, whether it is archived or has a successor, and its rating; then set reviewed: ${today}`, 'warning'),
      );
    }
    return problems;
  },
};
