/**
 * Derived activity signals and the health score: pure functions of one entry's stored activity
 * (`content/data/activity.json`) and "now". The site shows them, the nightly report compares them
 * run to run, and nothing here does I/O, so every threshold is pinned by a table test.
 *
 * Signals (booleans, all false when the data to decide is absent):
 * - `archived`: GitHub says the repository is archived (read-only).
 * - `stale`: the last commit on the default branch (or, when unknown, the last push) is more than
 *   365 days old; `dormant`: more than 730 days old (dormant implies stale).
 * - `deprecated`: the PyPI project declares `Development Status :: 7 - Inactive`. A yanked latest
 *   release is NOT deprecation (projects yank one bad upload and ship a fix); it is its own
 *   `yanked` signal.
 * - `renamed`: GitHub reports another owner/name than the entry's (case-insensitive: GitHub
 *   treats names case-insensitively, so a case-only difference is no rename).
 * - `missing`: the repository or the PyPI project does not exist (deleted, private, never there).
 *
 * Health score (0–100): a weighted mean of the parts we have data for, then caps. The formula is
 * data, `HEALTH_FORMULA` below: `healthScore` computes from it, and the about page and the README
 * (`npm run readme`) print the text rendered from it, so the explanation cannot drift from the
 * arithmetic. A part without data drops out and the others are re-weighted, so a project is not
 * punished for what we could not measure. An entry with neither a repo nor PyPI data (or no
 * measurable part at all) gets `null`, never a bad score.
 */
import type { EntryActivity } from '../schemas/activity.ts';

const DAY_MS = 86_400_000;

export const STALE_DAYS = 365;
export const DORMANT_DAYS = 730;

export interface ActivitySignals {
  archived: boolean;
  stale: boolean;
  dormant: boolean;
  deprecated: boolean;
  renamed: boolean;
  missing: boolean;
  yanked: boolean;
}

export type HealthPartName = 'commit' | 'release' | 'stars' | 'downloads' | 'issues';

export interface HealthPart {
  /** 0–1, how good this part looks. */
  value: number;
  /** Nominal weight from the formula table. */
  weight: number;
  /** Points this part contributes to the uncapped score (weights re-normalised to 100). */
  points: number;
}

export type HealthCapReason = 'archived' | 'disabled' | 'deprecated' | 'missing';

export interface HealthScore {
  /** 0–100, integer. */
  score: number;
  /** Parts that had data; absent parts were left out and the rest re-weighted. */
  parts: Partial<Record<HealthPartName, HealthPart>>;
  /** The strongest cap applied, when one lowered or bounded the score. */
  cap: { reason: HealthCapReason; max: number } | null;
}

/** How a part's value is read from the data: recency in days, a log scale, or the issue load. */
export type PartScale =
  | { kind: 'recency'; fullDays: number; zeroDays: number }
  | { kind: 'log'; top: number }
  | { kind: 'issue-load'; perIssue: number; starsOffset: number };

/** The health formula, the one source of the weights, thresholds and caps. */
export const HEALTH_FORMULA = {
  parts: {
    commit: { weight: 35, scale: { kind: 'recency', fullDays: 90, zeroDays: 730 } },
    release: { weight: 20, scale: { kind: 'recency', fullDays: 180, zeroDays: 1095 } },
    stars: { weight: 15, scale: { kind: 'log', top: 50_000 } },
    downloads: { weight: 15, scale: { kind: 'log', top: 10_000_000 } },
    issues: { weight: 15, scale: { kind: 'issue-load', perIssue: 5, starsOffset: 100 } },
  },
  caps: { archived: 20, disabled: 20, deprecated: 20, missing: 10 },
} as const satisfies {
  parts: Record<HealthPartName, { weight: number; scale: PartScale }>;
  caps: Record<HealthCapReason, number>;
};

export const HEALTH_WEIGHTS: Readonly<Record<HealthPartName, number>> = Object.fromEntries(
  Object.entries(HEALTH_FORMULA.parts).map(([name, part]) => [name, part.weight]),
) as Record<HealthPartName, number>;

export const HEALTH_CAPS: Readonly<Record<HealthCapReason, number>> = HEALTH_FORMULA.caps;

const P = HEALTH_FORMULA.parts;
const C = HEALTH_FORMULA.caps;
const years = (days: number) => ({ 365: 'one year', 730: 'two years', 1095: 'three years' })[days] ?? `${days} days`;
const pct = (n: number, top: number) => Math.round(logScale(n, top) * 100);
const num = (n: number) => n.toLocaleString('en');
const words = (n: number) => (n >= 1_000_000 && n % 1_000_000 === 0 ? `${n / 1_000_000} million` : num(n));

/** Plain-language explanation of the formula, rendered from HEALTH_FORMULA for the site's about page. */
export const HEALTH_FORMULA_MARKDOWN = `The **health score** (0–100) sums up how alive a project looks, from data fetched nightly from GitHub and PyPI. It is a weighted mean of five parts:

| Part | Weight | Full marks when… |
|---|---|---|
| Last commit | ${P.commit.weight} | the default branch had a commit in the last ${P.commit.scale.fullDays} days (falls to zero at ${years(P.commit.scale.zeroDays)}) |
| Latest release | ${P.release.weight} | GitHub or PyPI saw a release in the last ${P.release.scale.fullDays} days (falls to zero at ${years(P.release.scale.zeroDays)}) |
| Stars | ${P.stars.weight} | on a log scale: 10 stars ≈ ${pct(10, P.stars.scale.top)} %, 1,000 ≈ ${pct(1000, P.stars.scale.top)} %, ${num(P.stars.scale.top)} = 100 % |
| Downloads | ${P.downloads.weight} | monthly PyPI downloads on a log scale: 1,000 ≈ ${pct(1000, P.downloads.scale.top)} %, ${words(P.downloads.scale.top)} = 100 % |
| Issue load | ${P.issues.weight} | few open issues for the project's size (${P.issues.scale.perIssue} × open issues ÷ (stars + ${P.issues.scale.starsOffset}) is subtracted) |

A part we could not measure (no repository, no PyPI project, no download figures) is left out and the others are re-weighted, so a project is not punished for missing data. Caps then apply: an **archived** or disabled repository, or a PyPI project marked *Development Status 7 – Inactive*, scores at most ${C.archived}; a repository or PyPI project that no longer exists scores at most ${C.missing}. Entries with neither a repository nor a PyPI project get no score.

Signals shown next to the score: **stale** means no commit for ${years(STALE_DAYS).replace('one ', 'a ')}, **dormant** for ${years(DORMANT_DAYS)}; **renamed** means the repository now lives under another name (the entry should be updated); **yanked** means the latest PyPI release was withdrawn.`;

/** The README's paragraph on the score (written by `npm run readme`, checked by readme:check), from HEALTH_FORMULA. */
export const HEALTH_FORMULA_README = `**Health score** (0–100, \`src/activity/health.ts\`): a weighted mean of the parts with data — last
commit (${P.commit.weight}: full within ${P.commit.scale.fullDays} days, zero at ${P.commit.scale.zeroDays / 365} years), latest release (${P.release.weight}: full within ${P.release.scale.fullDays} days, zero
at ${P.release.scale.zeroDays / 365} years), stars (${P.stars.weight}, log scale, full at ${num(P.stars.scale.top)}), monthly downloads (${P.downloads.weight}, log scale, full at ${words(P.downloads.scale.top).replace(' million', '')}
million), issue load (${P.issues.weight}: 1 − min(1, ${P.issues.scale.perIssue} × open issues ÷ (stars + ${P.issues.scale.starsOffset}))). Missing parts drop out and
the rest are re-weighted. Archived, disabled or PyPI-inactive projects are capped at ${C.archived}; deleted
ones at ${C.missing}. Entries with no repository and no PyPI data get no score. Signals: **stale** (no commit
for ${STALE_DAYS / 365 * 12} months), **dormant** (${DORMANT_DAYS / 365 * 12} months), **archived**, **renamed**, **missing**, **deprecated**
(PyPI Inactive), **yanked**.`;

/** A part's value (0–1) from its scale. */
function partValue(scale: PartScale, x: number, stars = 0): number {
  if (scale.kind === 'recency') return recency(x, scale.fullDays, scale.zeroDays);
  if (scale.kind === 'log') return logScale(x, scale.top);
  return 1 - Math.min(1, (scale.perIssue * x) / (stars + scale.starsOffset));
}

function ageDays(iso: string | null | undefined, now: Date): number | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return null;
  return Math.max(0, (now.getTime() - t) / DAY_MS);
}

/** 1 up to `full` days, then linear down to 0 at `zero` days. */
function recency(days: number, full: number, zero: number): number {
  if (days <= full) return 1;
  if (days >= zero) return 0;
  return 1 - (days - full) / (zero - full);
}

function logScale(n: number, top: number): number {
  return Math.min(1, Math.log10(n + 1) / Math.log10(top + 1));
}

/** The commit date staleness is judged by: last commit, or the last push when that is unknown. */
function lastCommitDate(activity: EntryActivity): string | null {
  const gh = activity.github;
  if (!gh || gh.missing) return null;
  return gh.lastCommit ?? gh.pushedAt ?? null;
}

/** Newest known release date from GitHub releases and PyPI uploads. */
function lastReleaseDate(activity: EntryActivity): string | null {
  const dates = [activity.github?.missing ? null : activity.github?.latestRelease?.date, activity.pypi?.missing ? null : activity.pypi?.released]
    .filter((d): d is string => typeof d === 'string' && !Number.isNaN(Date.parse(d)));
  if (dates.length === 0) return null;
  return dates.reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b));
}

/** True when GitHub reports another owner/name than the entry's (ignoring case). */
export function isRenamed(activity: EntryActivity): boolean {
  const gh = activity.github;
  return Boolean(gh?.currentRepo && gh.currentRepo.toLowerCase() !== gh.repo.toLowerCase());
}

/**
 * Flags a maintainer acts on (archived, stale, dormant, deprecated, renamed, missing, yanked),
 * decided from stored data and `now` so the nightly report and the site agree.
 */
export function activitySignals(activity: EntryActivity, now: Date): ActivitySignals {
  const gh = activity.github;
  const py = activity.pypi;
  const commitAge = ageDays(lastCommitDate(activity), now);
  return {
    archived: gh?.archived === true && !gh.missing,
    stale: commitAge !== null && commitAge > STALE_DAYS,
    dormant: commitAge !== null && commitAge > DORMANT_DAYS,
    deprecated: !py?.missing && isInactiveStatus(py?.developmentStatus),
    renamed: isRenamed(activity),
    missing: gh?.missing === true || py?.missing === true,
    yanked: py?.yanked === true && !py.missing,
  };
}

/** PyPI's "Development Status :: 7 - Inactive", however the classifier tail was stored. */
export function isInactiveStatus(status: string | null | undefined): boolean {
  return typeof status === 'string' && /^\s*7\s*-\s*inactive/i.test(status.replace(/^Development Status\s*::\s*/i, ''));
}

/**
 * A 0–100 summary of how alive a project looks (HEALTH_FORMULA); `null` when there is no GitHub
 * or PyPI data to judge by.
 */
export function healthScore(activity: EntryActivity, now: Date): HealthScore | null {
  const gh = activity.github;
  const py = activity.pypi;
  if (!gh && !py) return null;

  const values: Partial<Record<HealthPartName, number>> = {};
  const commitAge = ageDays(lastCommitDate(activity), now);
  if (commitAge !== null) values.commit = partValue(P.commit.scale, commitAge);
  const releaseAge = ageDays(lastReleaseDate(activity), now);
  if (releaseAge !== null) values.release = partValue(P.release.scale, releaseAge);
  if (gh && !gh.missing && typeof gh.stars === 'number') {
    values.stars = partValue(P.stars.scale, gh.stars);
    if (typeof gh.openIssues === 'number') values.issues = partValue(P.issues.scale, gh.openIssues, gh.stars);
  }
  if (py && !py.missing && typeof py.monthlyDownloads === 'number') values.downloads = partValue(P.downloads.scale, py.monthlyDownloads);

  const caps: HealthCapReason[] = [];
  if (gh?.missing || py?.missing) caps.push('missing');
  if (gh?.archived && !gh.missing) caps.push('archived');
  if (gh?.disabled && !gh.missing) caps.push('disabled');
  if (!py?.missing && isInactiveStatus(py?.developmentStatus)) caps.push('deprecated');

  const names = (Object.keys(HEALTH_WEIGHTS) as HealthPartName[]).filter((n) => values[n] !== undefined);
  const totalWeight = names.reduce((s, n) => s + HEALTH_WEIGHTS[n], 0);
  if (totalWeight === 0 && caps.length === 0) return null;

  const parts: Partial<Record<HealthPartName, HealthPart>> = {};
  let raw = 0;
  for (const n of names) {
    const value = values[n] ?? 0;
    const points = (HEALTH_WEIGHTS[n] * value * 100) / totalWeight;
    parts[n] = { value: round(value, 3), weight: HEALTH_WEIGHTS[n], points: round(points, 1) };
    raw += points;
  }
  let score = Math.round(raw);
  let cap: HealthScore['cap'] = null;
  for (const reason of caps) {
    const max = HEALTH_CAPS[reason];
    if (!cap || max < cap.max) cap = { reason, max };
  }
  if (cap) score = Math.min(score, cap.max);
  return { score, parts, cap };
}

/** A coarse word for a score, so the site can colour it without re-deciding thresholds. */
export function healthBand(score: number): 'healthy' | 'fair' | 'at-risk' {
  if (score >= 70) return 'healthy';
  if (score >= 40) return 'fair';
  return 'at-risk';
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
