/**
 * How a fetch result becomes a store block, as pure functions: a success replaces the block, a
 * missing project is recorded as missing, and a failure keeps the previous values (with their
 * `fetchedAt`) and adds `error` — a bad night never erases what we knew. Also the monthly history
 * (stars and downloads, bounded) and the "is this still fresh?" test that lets a killed run resume
 * where it stopped.
 */
import type { EntryActivity, GithubActivity, PypiActivity } from '../schemas/activity.ts';
import type { RepoResult } from '../github/index.ts';
import type { PypiResult } from './pypi.ts';
import { isFresh } from '../time/clock.ts';

/** Months of history kept per entry (two years of trend). */
export const HISTORY_MONTHS = 24;

type HistoryPoint = NonNullable<EntryActivity['history']>[number];

/** GitHub block after one fetch; `undefined` when there is nothing true to keep. */
export function mergeGithub(prev: GithubActivity | undefined, repo: string, result: RepoResult, at: string): GithubActivity | undefined {
  const samePrev = prev && prev.repo.toLowerCase() === repo.toLowerCase() ? prev : undefined;
  if (result.status === 'missing') return { repo, missing: true, fetchedAt: at };
  if (result.status === 'error') return samePrev ? { ...samePrev, error: result.error } : undefined;
  const d = result.data;
  const block: GithubActivity = { repo, currentRepo: d.nameWithOwner, url: d.url, fetchedAt: at };
  if (d.stars !== undefined) block.stars = d.stars;
  if (d.forks !== undefined) block.forks = d.forks;
  if (d.openIssues !== undefined) block.openIssues = d.openIssues;
  if (d.lastCommit !== undefined) block.lastCommit = d.lastCommit;
  if (d.pushedAt !== undefined) block.pushedAt = d.pushedAt;
  block.archived = d.archived;
  block.disabled = d.disabled;
  if (d.license !== undefined) block.license = d.license;
  if (d.latestRelease !== undefined) block.latestRelease = d.latestRelease;
  if (d.topics !== undefined) block.topics = d.topics;
  return block;
}

/** PyPI block after one fetch; downloads we failed to get keep their previous figure. */
export function mergePypi(prev: PypiActivity | undefined, name: string, result: PypiResult, at: string): PypiActivity | undefined {
  const samePrev = prev && prev.name.toLowerCase() === name.toLowerCase() ? prev : undefined;
  if (result.status === 'missing') return { name, missing: true, fetchedAt: at };
  if (result.status === 'error') return samePrev ? { ...samePrev, error: result.error } : undefined;
  const d = result.data;
  const block: PypiActivity = {
    name,
    version: d.version,
    released: d.released,
    requiresPython: d.requiresPython,
    pythonVersions: d.pythonVersions,
    developmentStatus: d.developmentStatus,
    yanked: d.yanked,
    fetchedAt: at,
  };
  const downloads = d.monthlyDownloads !== undefined ? d.monthlyDownloads : samePrev?.monthlyDownloads;
  if (downloads !== undefined) block.monthlyDownloads = downloads;
  return block;
}

/** Records this month's stars and downloads (one point a month, the latest figure wins), oldest first, bounded. */
export function updateHistory(history: readonly HistoryPoint[] | undefined, at: string, figures: { stars?: number | undefined; downloads?: number | null | undefined }): HistoryPoint[] | undefined {
  if (figures.stars === undefined && (figures.downloads === undefined || figures.downloads === null)) return history ? [...history] : undefined;
  const month = at.slice(0, 7);
  const points = (history ?? []).filter((p) => p.month !== month);
  const current = (history ?? []).find((p) => p.month === month);
  const point: HistoryPoint = { month };
  const stars = figures.stars ?? current?.stars;
  const downloads = figures.downloads ?? current?.downloads;
  if (stars !== undefined) point.stars = stars;
  if (downloads !== undefined) point.downloads = downloads;
  points.push(point);
  points.sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  return points.slice(-HISTORY_MONTHS);
}

/**
 * True when a block was fetched successfully for this same repo/name less than `maxAgeMs` ago —
 * such a block is not fetched again, which is what makes a killed run resume instead of restart.
 */
export function fetchedRecently(block: { fetchedAt: string; error?: string | undefined } | undefined, sameTarget: boolean, now: Date, maxAgeMs: number): boolean {
  return !!block && sameTarget && !block.error && isFresh(block.fetchedAt, maxAgeMs, now);
}
