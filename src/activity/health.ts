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
 * Health score (0–100), a weighted mean of the parts we have data for:
 * | part | weight | value (0–1) |
 * |---|---|---|
 * | commit | 35 | last commit ≤ 90 days ago → 1, then linear down to 0 at 730 days |
 * | release | 20 | newest of GitHub latest release / PyPI upload ≤ 180 days → 1, linear to 0 at 1,095 days |
 * | stars | 15 | log10(stars + 1) / log10(50,001), capped at 1 |
 * | downloads | 15 | log10(monthly downloads + 1) / log10(10,000,001), capped at 1 |
 * | issues | 15 | 1 − min(1, 5 × open issues / (stars + 100)) |
 * A part without data drops out and the others are re-weighted, so a project is not punished for
 * what we could not measure. Then caps apply: archived or disabled → at most 20; PyPI "Inactive"
 * → at most 20; repository or PyPI project missing → at most 10. An entry with neither a repo nor
 * PyPI data (or no measurable part at all) gets `null`, never a bad score.
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

export const HEALTH_WEIGHTS: Readonly<Record<HealthPartName, number>> = {
  commit: 35,
  release: 20,
  stars: 15,
  downloads: 15,
  issues: 15,
};

export const HEALTH_CAPS: Readonly<Record<HealthCapReason, number>> = {
  archived: 20,
  disabled: 20,
  deprecated: 20,
  missing: 10,
};

/** Plain-language explanation of the formula, rendered on the site's about page. */
export const HEALTH_FORMULA_MARKDOWN = `The **health score** (0–100) sums up how alive a project looks, from data fetched nightly from GitHub and PyPI. It is a weighted mean of five parts:

| Part | Weight | Full marks when… |
|---|---|---|
| Last commit | 35 | the default branch had a commit in the last 90 days (falls to zero at two years) |
| Latest release | 20 | GitHub or PyPI saw a release in the last 180 days (falls to zero at three years) |
| Stars | 15 | on a log scale: 10 stars ≈ 22 %, 1,000 ≈ 64 %, 50,000 = 100 % |
| Downloads | 15 | monthly PyPI downloads on a log scale: 1,000 ≈ 43 %, 10 million = 100 % |
| Issue load | 15 | few open issues for the project's size (5 × open issues ÷ (stars + 100) is subtracted) |

A part we could not measure (no repository, no PyPI project, no download figures) is left out and the others are re-weighted, so a project is not punished for missing data. Caps then apply: an **archived** or disabled repository, or a PyPI project marked *Development Status 7 – Inactive*, scores at most 20; a repository or PyPI project that no longer exists scores at most 10. Entries with neither a repository nor a PyPI project get no score.

Signals shown next to the score: **stale** means no commit for a year, **dormant** for two years; **renamed** means the repository now lives under another name (the entry should be updated); **yanked** means the latest PyPI release was withdrawn.`;

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
 * A 0–100 summary of how alive a project looks (formula in the module comment and in
 * HEALTH_FORMULA_MARKDOWN); `null` when there is no GitHub or PyPI data to judge by.
 */
export function healthScore(activity: EntryActivity, now: Date): HealthScore | null {
  const gh = activity.github;
  const py = activity.pypi;
  if (!gh && !py) return null;

  const values: Partial<Record<HealthPartName, number>> = {};
  const commitAge = ageDays(lastCommitDate(activity), now);
  if (commitAge !== null) values.commit = recency(commitAge, 90, 730);
  const releaseAge = ageDays(lastReleaseDate(activity), now);
  if (releaseAge !== null) values.release = recency(releaseAge, 180, 1095);
  if (gh && !gh.missing && typeof gh.stars === 'number') {
    values.stars = logScale(gh.stars, 50_000);
    if (typeof gh.openIssues === 'number') values.issues = 1 - Math.min(1, (5 * gh.openIssues) / (gh.stars + 100));
  }
  if (py && !py.missing && typeof py.monthlyDownloads === 'number') values.downloads = logScale(py.monthlyDownloads, 10_000_000);

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
