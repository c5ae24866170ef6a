import { describe, expect, it } from 'vitest';
import { entry, validateTree, where } from '../fixtures/index.ts';
import { formatReport, summarize } from '../report.ts';
import { isReviewDue, oneYearAfter } from './review-age.ts';

// Every "now" here is pinned: the rule must never see the real clock.
const NOW = new Date('2026-12-06T09:00:00Z');
const extra = (fields: Record<string, string | null>) => ({
  'entries/testing/extra.md': entry('testing', { name: 'Extra', url: 'https://extra.example.org/', repo: null, pypi: null, description: 'Runs the slow tests last and the flaky ones twice.', ...fields }),
});

describe('review-age', () => {
  it('passes a recommended entry reviewed within the year (the doc example)', () => {
    expect(validateTree(extra({ reviewed: '2026-03-01' }), null, NOW)).toEqual([]);
  });

  it('warns at the reviewed date, exactly as the doc example prints it, and the run still passes', () => {
    const problems = validateTree(extra({ reviewed: '2025-11-30' }), null, NOW);
    expect(where(problems)).toEqual(['content/entries/testing/extra.md:10:11 review-age']);
    expect(problems[0]!.severity).toBe('warning');
    const text = formatReport('text', problems, summarize(problems, 1));
    expect(text).toBe(
      'content/entries/testing/extra.md:10:11  review-age  warning: recommended entry last reviewed 2025-11-30, over a year before 2026-12-06\n' +
        '    fix: re-check its latest release, whether it is archived or has a successor, and its rating; then set reviewed: 2026-12-06\n' +
        'validate passed: 0 errors, 1 warning in 1 file\n',
    );
  });

  it('falls back to the added date when the entry was never reviewed', () => {
    const problems = validateTree(extra({ added: '2025-12-05' }), null, NOW);
    expect(where(problems)).toEqual(['content/entries/testing/extra.md:9:8 review-age']);
    expect(problems[0]!.message).toBe('recommended entry added 2025-12-05 and never reviewed, over a year before 2026-12-06');
  });

  it('judges only recommended entries', () => {
    expect(validateTree(extra({ status: 'alternative', reviewed: '2020-01-01' }), null, NOW)).toEqual([]);
    expect(validateTree(extra({ status: 'legacy', added: '2020-01-01' }), null, NOW)).toEqual([]);
  });

  it('follows the clock it is given: the base tree is fine now and due a year later', () => {
    expect(validateTree({}, null, NOW)).toEqual([]);
    const later = validateTree({}, null, new Date('2027-11-29T00:00:00Z'));
    expect(later.filter((p) => p.rule === 'review-age')).toHaveLength(6);
  });

  it.each([
    ['2025-12-06', false, 'the anniversary itself'],
    ['2025-12-05', true, 'a year and a day'],
    ['2026-06-01', false, 'half a year'],
  ] as const)('a review on %s is due: %s (%s)', (date, due, _label) => {
    expect(isReviewDue(date, NOW)).toBe(due);
  });

  it('uses the UTC day of now, so a late-evening run in UTC+14 answers like UTC', () => {
    // 2026-12-06T23:30+14:00 is 2026-12-06T09:30Z: still the 6th in UTC.
    expect(isReviewDue('2025-12-06', new Date('2026-12-06T23:30:00+14:00'))).toBe(false);
  });

  it('rolls 29 February over to 1 March', () => {
    expect(oneYearAfter('2028-02-29')).toBe('2029-03-01');
    expect(oneYearAfter('2026-12-31')).toBe('2027-12-31');
  });
});
