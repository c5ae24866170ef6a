import { describe, expect, it } from 'vitest';
import type { EntryActivity } from '../schemas/activity.ts';
import { entryActivitySchema } from '../schemas/activity.ts';
import { activitySignals, healthBand, healthScore, HEALTH_FORMULA_MARKDOWN, isInactiveStatus } from './health.ts';

const now = new Date('2026-11-28T00:00:00Z');
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000).toISOString();
const fetchedAt = '2026-11-28T00:00:00Z';

function gh(extra: Partial<NonNullable<EntryActivity['github']>> = {}): EntryActivity {
  return { github: { repo: 'o/n', fetchedAt, ...extra } };
}

describe('activitySignals', () => {
  const cases: Array<[string, EntryActivity, Partial<ReturnType<typeof activitySignals>>]> = [
    ['nothing known → all false', {}, {}],
    ['recent commit is neither stale nor dormant', gh({ lastCommit: daysAgo(30) }), {}],
    ['365 days exactly is not yet stale', gh({ lastCommit: daysAgo(365) }), {}],
    ['366 days is stale', gh({ lastCommit: daysAgo(366) }), { stale: true }],
    ['731 days is stale and dormant', gh({ lastCommit: daysAgo(731) }), { stale: true, dormant: true }],
    ['pushedAt is used when lastCommit is unknown', gh({ lastCommit: null, pushedAt: daysAgo(800) }), { stale: true, dormant: true }],
    ['lastCommit wins over a recent push', gh({ lastCommit: daysAgo(400), pushedAt: daysAgo(1) }), { stale: true }],
    ['archived', gh({ archived: true, lastCommit: daysAgo(10) }), { archived: true }],
    ['renamed to another owner', gh({ currentRepo: 'o-org/n' }), { renamed: true }],
    ['case-only difference is no rename', gh({ currentRepo: 'O/N' }), {}],
    ['missing repo', gh({ missing: true, archived: true }), { missing: true }],
    ['missing PyPI project', { pypi: { name: 'x', missing: true, fetchedAt } }, { missing: true }],
    ['Inactive classifier is deprecated', { pypi: { name: 'x', developmentStatus: '7 - Inactive', fetchedAt } }, { deprecated: true }],
    ['yanked latest release is its own signal, not deprecation', { pypi: { name: 'x', yanked: true, fetchedAt } }, { yanked: true }],
    ['stable status is not deprecated', { pypi: { name: 'x', developmentStatus: '5 - Production/Stable', fetchedAt } }, {}],
  ];
  const none = { archived: false, stale: false, dormant: false, deprecated: false, renamed: false, missing: false, yanked: false };
  it.each(cases)('%s', (_name, activity, expected) => {
    expect(entryActivitySchema.safeParse(activity).success).toBe(true);
    expect(activitySignals(activity, now)).toEqual({ ...none, ...expected });
  });
});

describe('isInactiveStatus', () => {
  it.each([
    ['7 - Inactive', true],
    ['Development Status :: 7 - Inactive', true],
    ['5 - Production/Stable', false],
    [null, false],
    [undefined, false],
  ] as const)('%s → %s', (status, expected) => {
    expect(isInactiveStatus(status)).toBe(expected);
  });
});

describe('healthScore', () => {
  it('is null without any GitHub or PyPI data', () => {
    expect(healthScore({}, now)).toBeNull();
    expect(healthScore({ note: 'GitLab repository: not fetched' }, now)).toBeNull();
  });

  it('is null when blocks exist but nothing measurable was ever fetched', () => {
    expect(healthScore(gh({ error: 'timeout' }), now)).toBeNull();
  });

  it('gives a busy, popular, well-kept project full marks', () => {
    const a: EntryActivity = {
      github: { repo: 'o/n', fetchedAt, stars: 50_000, openIssues: 0, lastCommit: daysAgo(1), latestRelease: { tag: 'v1', date: daysAgo(10) } },
      pypi: { name: 'n', fetchedAt, monthlyDownloads: 10_000_000, released: daysAgo(5) },
    };
    const h = healthScore(a, now);
    expect(h?.score).toBe(100);
    expect(h?.cap).toBeNull();
    expect(Object.keys(h?.parts ?? {}).sort()).toEqual(['commit', 'downloads', 'issues', 'release', 'stars']);
  });

  const table: Array<[string, EntryActivity, number]> = [
    // commit 35*1, release 20*0, stars 15*log10(1001)/log10(50001)=0.6386, issues 15*(1-5*50/1100)=0.7727 → (35+0+9.58+11.59)/85
    ['weights renormalise without downloads', gh({ lastCommit: daysAgo(10), latestRelease: { tag: 'v', date: daysAgo(2000) }, stars: 1000, openIssues: 50 }), 66],
    // commit halfway between 90 and 730 days → 0.5 of 35; release unknown; no stars → only commit → 50
    ['commit recency decays linearly from 90 to 730 days', gh({ lastCommit: daysAgo(410) }), 50],
    ['dormant commit alone scores 0', gh({ lastCommit: daysAgo(800) }), 0],
    // PyPI only: release 180 days → 1; downloads 1000 → 0.4286 → (20 + 6.43)/35 = 75.5
    ['PyPI-only entry is scored on what PyPI tells', { pypi: { name: 'x', fetchedAt, released: daysAgo(100), monthlyDownloads: 1000 } }, 76],
    ['issue load floors at 0', gh({ stars: 0, openIssues: 1000 }), 0],
  ];
  it.each(table)('%s', (_name, activity, score) => {
    expect(healthScore(activity, now)?.score).toBe(score);
  });

  it('uses the newest of the GitHub release and the PyPI upload', () => {
    const a: EntryActivity = {
      github: { repo: 'o/n', fetchedAt, latestRelease: { tag: 'v0', date: daysAgo(3000) } },
      pypi: { name: 'n', fetchedAt, released: daysAgo(30) },
    };
    expect(healthScore(a, now)?.parts.release?.value).toBe(1);
  });

  it.each([
    ['archived', gh({ archived: true, lastCommit: daysAgo(1), stars: 50_000, openIssues: 0 }), 20],
    ['disabled', gh({ disabled: true, lastCommit: daysAgo(1) }), 20],
    ['deprecated', { pypi: { name: 'x', fetchedAt, released: daysAgo(1), developmentStatus: '7 - Inactive' } }, 20],
    ['missing', { github: { repo: 'o/n', fetchedAt, missing: true }, pypi: { name: 'x', fetchedAt, released: daysAgo(1) } }, 10],
  ] as Array<[string, EntryActivity, number]>)('caps %s at %i', (reason, activity, max) => {
    const h = healthScore(activity, now);
    expect(h?.cap).toEqual({ reason, max });
    expect(h?.score).toBe(max);
  });

  it('a missing repository with nothing else scores 0, not null', () => {
    expect(healthScore(gh({ missing: true }), now)).toEqual({ score: 0, parts: {}, cap: { reason: 'missing', max: 10 } });
  });

  it('does not raise a low score up to the cap', () => {
    expect(healthScore(gh({ archived: true, lastCommit: daysAgo(1000) }), now)?.score).toBe(0);
  });

  it('points of the parts add up to the uncapped score', () => {
    const h = healthScore(gh({ lastCommit: daysAgo(200), stars: 321, openIssues: 7 }), now);
    const sum = Object.values(h?.parts ?? {}).reduce((s, p) => s + p.points, 0);
    expect(Math.abs(sum - (h?.score ?? -1))).toBeLessThan(1);
  });

  it('treats a commit date in the future (clock skew) as today', () => {
    expect(healthScore(gh({ lastCommit: '2027-01-01T00:00:00Z' }), now)?.score).toBe(100);
  });
});

describe('healthBand and the explanation', () => {
  it.each([[100, 'healthy'], [70, 'healthy'], [69, 'fair'], [40, 'fair'], [39, 'at-risk'], [0, 'at-risk']] as const)('%i → %s', (s, band) => {
    expect(healthBand(s)).toBe(band);
  });
  it('explains every weight and cap it applies', () => {
    for (const needle of ['35', '20', '15', 'archived', 'Inactive', 'at most 10', 'stale', 'dormant', 'renamed']) {
      expect(HEALTH_FORMULA_MARKDOWN).toContain(needle);
    }
  });
});
