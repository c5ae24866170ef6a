import { describe, expect, it } from 'vitest';
import type { GithubActivity, PypiActivity } from '../schemas/activity.ts';
import { fetchedRecently, HISTORY_MONTHS, mergeGithub, mergePypi, updateHistory } from './merge.ts';

const at = '2026-11-28T00:00:00.000Z';
const prevGh: GithubActivity = { repo: 'o/n', stars: 10, archived: false, fetchedAt: '2026-10-01T00:00:00.000Z' };
const ref = { owner: 'o', name: 'n' };

describe('mergeGithub', () => {
  it('replaces the block on success', () => {
    const b = mergeGithub(prevGh, 'o/n', { status: 'found', ref, renamed: false, data: { nameWithOwner: 'o/n', url: 'https://github.com/o/n', archived: true, disabled: false, stars: 12 } }, at);
    expect(b).toEqual({ repo: 'o/n', currentRepo: 'o/n', url: 'https://github.com/o/n', stars: 12, archived: true, disabled: false, fetchedAt: at });
  });
  it('keeps previous values and their date on failure, adding the error', () => {
    expect(mergeGithub(prevGh, 'o/n', { status: 'error', ref, error: 'timeout', retryable: true }, at)).toEqual({ ...prevGh, error: 'timeout' });
  });
  it('keeps nothing on a first failure, or when the entry now names another repo', () => {
    expect(mergeGithub(undefined, 'o/n', { status: 'error', ref, error: 'x', retryable: true }, at)).toBeUndefined();
    expect(mergeGithub(prevGh, 'o/other', { status: 'error', ref, error: 'x', retryable: true }, at)).toBeUndefined();
  });
  it('records a missing repository as data', () => {
    expect(mergeGithub(prevGh, 'o/n', { status: 'missing', ref, message: 'gone' }, at)).toEqual({ repo: 'o/n', missing: true, fetchedAt: at });
  });
  it('drops a previous error once a fetch works again', () => {
    const b = mergeGithub({ ...prevGh, error: 'old' }, 'o/n', { status: 'found', ref, renamed: false, data: { nameWithOwner: 'o/n', url: 'u', archived: false, disabled: false } }, at);
    expect(b?.error).toBeUndefined();
  });
});

describe('mergePypi', () => {
  const prev: PypiActivity = { name: 'x', version: '1', monthlyDownloads: 500, fetchedAt: '2026-10-01T00:00:00.000Z' };
  const data = { version: '2', released: at, requiresPython: null, pythonVersions: [], developmentStatus: null, yanked: false };
  it('keeps the previous download figure when the stats endpoint failed this time', () => {
    expect(mergePypi(prev, 'x', { status: 'found', name: 'x', data }, at)).toMatchObject({ version: '2', monthlyDownloads: 500 });
  });
  it('takes a new download figure, including "unknown" (null)', () => {
    expect(mergePypi(prev, 'x', { status: 'found', name: 'x', data: { ...data, monthlyDownloads: 7 } }, at)?.monthlyDownloads).toBe(7);
    expect(mergePypi(prev, 'x', { status: 'found', name: 'x', data: { ...data, monthlyDownloads: null } }, at)?.monthlyDownloads).toBeNull();
  });
  it('keeps previous values on error and records missing projects', () => {
    expect(mergePypi(prev, 'x', { status: 'error', name: 'x', error: 'bad json' }, at)).toEqual({ ...prev, error: 'bad json' });
    expect(mergePypi(prev, 'x', { status: 'missing', name: 'x' }, at)).toEqual({ name: 'x', missing: true, fetchedAt: at });
  });
});

describe('updateHistory', () => {
  it('keeps one point a month, latest figure wins, other figure carried over', () => {
    let h = updateHistory(undefined, '2026-11-01T00:00:00Z', { stars: 1 });
    h = updateHistory(h, '2026-11-20T00:00:00Z', { downloads: 9 });
    h = updateHistory(h, '2026-11-28T00:00:00Z', { stars: 3 });
    expect(h).toEqual([{ month: '2026-11', stars: 3, downloads: 9 }]);
  });
  it('is bounded to the last months, oldest first', () => {
    let h: ReturnType<typeof updateHistory>;
    for (let i = 0; i < 30; i++) {
      const d = new Date(Date.UTC(2024, i, 1)).toISOString();
      h = updateHistory(h, d, { stars: i });
    }
    expect(h).toHaveLength(HISTORY_MONTHS);
    expect(h?.[0]?.month).toBe('2024-07');
    expect(h?.at(-1)).toEqual({ month: '2026-06', stars: 29 });
  });
  it('adds nothing without figures', () => {
    expect(updateHistory(undefined, at, { downloads: null })).toBeUndefined();
  });
});

describe('fetchedRecently', () => {
  const now = new Date(at);
  it.each([
    ['recent success', { fetchedAt: '2026-11-27T12:00:00Z' }, true, true],
    ['too old', { fetchedAt: '2026-11-26T00:00:00Z' }, true, false],
    ['recent but failed', { fetchedAt: '2026-11-27T12:00:00Z', error: 'x' }, true, false],
    ['other target', { fetchedAt: '2026-11-27T12:00:00Z' }, false, false],
    ['absent', undefined, true, false],
  ] as const)('%s', (_n, block, same, fresh) => {
    expect(fetchedRecently(block, same, now, 20 * 3600_000)).toBe(fresh);
  });
});
