import { afterEach, describe, expect, it } from 'vitest';
import { createHttpClient, type HttpClient } from '../http/index.ts';
import { fateByName, startFakeGithub, type FakeGithub, type FakeGithubOptions } from '../test-support/fake-github.ts';
import { activityStoreSchema, type ActivityStore } from '../schemas/activity.ts';
import type { ActivityTarget } from './entries.ts';
import { runActivity, type RunActivityOptions } from './run.ts';

let fake: FakeGithub | undefined;
let http: HttpClient | undefined;
afterEach(async () => {
  await http?.close();
  await fake?.close();
  fake = undefined;
  http = undefined;
});

const empty: ActivityStore = { fetchedAt: null, entries: {} };
const clock = (iso: string) => () => new Date(iso);

function ghTarget(id: string, owner: string, name: string, pypi?: string): ActivityTarget {
  return {
    id, file: `${id}.md`,
    repo: { value: `https://github.com/${owner}/${name}`, line: 2, col: 7, host: 'github', ref: { owner, name } },
    ...(pypi ? { pypi: { value: pypi, line: 3, col: 7 } } : {}),
  };
}

async function run(fakeOptions: FakeGithubOptions, o: Partial<RunActivityOptions> & Pick<RunActivityOptions, 'targets'>) {
  fake ??= await startFakeGithub(fakeOptions);
  http ??= createHttpClient({ perHost: 8 });
  const saves: ActivityStore[] = [];
  const result = await runActivity({
    previous: empty,
    save: (s) => void saves.push(structuredClone(s)),
    http,
    token: 't',
    graphqlUrl: fake.graphqlUrl,
    pypiUrl: fake.origin,
    sleep: async () => {},
    now: clock('2026-11-28T00:00:00.000Z'),
    ...o,
  });
  return { ...result, saves };
}

describe('runActivity against fake GitHub and PyPI servers', () => {
  it('fetches both sources, saves after every GitHub batch, and writes valid blocks', async () => {
    const targets = Array.from({ length: 250 }, (_, i) => ghTarget(`c/e${i}`, 'o', i % 50 === 1 ? `deleted-${i}` : `ok-${i}`, i < 5 ? `pkg${i}` : undefined));
    targets.push({ id: 'c/lab', file: 'c/lab.md', repo: { value: 'https://gitlab.com/g/p', line: 2, col: 7, host: 'gitlab' } });
    const { store, summary, saves } = await run(
      { repo: fateByName, pypi: (n) => (n === 'pkg4' ? null : { version: '1.0', downloadsLastMonth: 42 }) },
      { targets, pypiStatsUrl: undefined },
    );
    expect(fake!.graphqlRequests).toBe(3);
    expect(saves.length).toBeGreaterThanOrEqual(4); // 3 batches + final
    for (const s of saves) expect(activityStoreSchema.safeParse(s).success).toBe(true);
    expect(summary.github).toMatchObject({ requested: 250, found: 245, missing: 5, errors: 0, requests: 3 });
    expect(summary.pypi).toMatchObject({ requested: 5, found: 4, missing: 1 });
    expect(store.fetchedAt).toBe('2026-11-28T00:00:00.000Z');
    expect(store.entries['c/e0']).toMatchObject({
      github: { repo: 'o/ok-0', currentRepo: 'o/ok-0', license: 'MIT', latestRelease: { tag: 'v1.0.0' }, topics: ['python'] },
      pypi: { name: 'pkg0', version: '1.0', pythonVersions: [] },
      history: [{ month: '2026-11' }],
    });
    expect(store.entries['c/e1']?.github).toEqual({ repo: 'o/deleted-1', missing: true, fetchedAt: '2026-11-28T00:00:00.000Z' });
    expect(store.entries['c/e4']?.pypi).toMatchObject({ missing: true });
    expect(store.entries['c/lab']).toEqual({ note: 'GitLab repository: activity is only fetched from GitHub and PyPI' });
  });

  it('keeps the previous values with their date when a later fetch fails', async () => {
    const targets = [ghTarget('c/a', 'o', 'ok-a', 'pkg'), ghTarget('c/new', 'o', 'ok-new')];
    const previous: ActivityStore = {
      fetchedAt: '2026-11-01T00:00:00.000Z',
      entries: {
        'c/a': {
          github: { repo: 'o/ok-a', stars: 77, fetchedAt: '2026-11-01T00:00:00.000Z' },
          pypi: { name: 'pkg', version: '0.9', fetchedAt: '2026-11-01T00:00:00.000Z' },
          history: [{ month: '2026-11', stars: 77 }],
        },
      },
    };
    const { store, summary } = await run(
      { script: Array(5).fill({ status: 502, body: 'down' }), pypi: () => 'malformed' },
      { targets, previous, githubPolicy: { retries: 1 } },
    );
    expect(store.entries['c/a']).toEqual({
      github: { repo: 'o/ok-a', stars: 77, fetchedAt: '2026-11-01T00:00:00.000Z', error: 'GitHub answered 502 (after 2 attempts)' },
      pypi: { name: 'pkg', version: '0.9', fetchedAt: '2026-11-01T00:00:00.000Z', error: 'PyPI answered with malformed JSON' },
      history: [{ month: '2026-11', stars: 77 }],
    });
    expect(store.entries['c/new']).toBeUndefined();
    expect(summary.failures.map((f) => `${f.source}:${f.id}`).sort()).toEqual(['github:c/a', 'github:c/new', 'pypi:c/a']);
  });

  it('skips GitHub without a token, keeping previous values, and says why', async () => {
    const previous: ActivityStore = { fetchedAt: null, entries: { 'c/a': { github: { repo: 'o/ok-a', stars: 5, fetchedAt: '2026-01-01T00:00:00.000Z' } } } };
    const { store, summary } = await run({}, { targets: [ghTarget('c/a', 'o', 'ok-a')], previous, token: undefined });
    expect(fake!.graphqlRequests).toBe(0);
    expect(summary.github.skipped).toMatch(/GITHUB_TOKEN is not set/);
    expect(store.entries['c/a']?.github?.stars).toBe(5);
  });

  it('does not refetch fresh blocks (resume), refetches with maxAge 0, and prunes removed entries', async () => {
    const targets = [ghTarget('c/a', 'o', 'ok-a'), ghTarget('c/b', 'o', 'ok-b')];
    const previous: ActivityStore = {
      fetchedAt: null,
      entries: {
        'c/a': { github: { repo: 'o/ok-a', stars: 1, fetchedAt: '2026-11-27T20:00:00.000Z' } },
        'c/gone': { github: { repo: 'o/x', fetchedAt: '2026-11-27T20:00:00.000Z' } },
      },
    };
    const first = await run({}, { targets, previous, prune: true });
    expect(fake!.aliasesPerRequest).toEqual([1]);
    expect(first.summary.github.fresh).toBe(1);
    expect(first.store.entries['c/a']?.github?.stars).toBe(1);
    expect(Object.keys(first.store.entries)).toEqual(['c/a', 'c/b']);
    await run({}, { targets, previous: first.store, maxAgeMs: 0 });
    expect(fake!.aliasesPerRequest).toEqual([1, 2]);
  });

  it('drops a block when the entry now names another repository', async () => {
    const previous: ActivityStore = { fetchedAt: null, entries: { 'c/a': { github: { repo: 'o/old', stars: 9, fetchedAt: '2026-11-27T23:00:00.000Z' } } } };
    const { store } = await run({ script: [{ status: 502, body: '' }, { status: 502, body: '' }] }, { targets: [ghTarget('c/a', 'o', 'ok-new')], previous, githubPolicy: { retries: 1 } });
    expect(store.entries['c/a']).toBeUndefined();
  });
});
