import { afterEach, describe, expect, it } from 'vitest';
import { createHttpClient, type HttpClient } from '../http/index.ts';
import { fetchRepositories } from './client.ts';
import { fetchRepositoryRest } from './rest.ts';
import { fateByName, startFakeGithub, type FakeGithub, type FakeGithubOptions } from '../test-support/fake-github.ts';
import { repoKey, type RepoRef } from '../identity/repo.ts';
import { defaultGithubWaitPolicy } from './rate-limit.ts';

let fake: FakeGithub | undefined;
let http: HttpClient | undefined;
afterEach(async () => {
  await http?.close();
  await fake?.close();
  fake = undefined;
  http = undefined;
});

async function setup(options: FakeGithubOptions = {}) {
  fake = await startFakeGithub(options);
  http = createHttpClient();
  return { fake, http };
}

const noSleep = () => {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
};

const refsOf = (n: number, name = (i: number) => `ok-${i}`): RepoRef[] =>
  Array.from({ length: n }, (_, i) => ({ owner: `owner${i % 7}`, name: name(i) }));

describe('fetchRepositories against a fake GraphQL server', () => {
  it('pages 1,000 repositories through 10 queries of 100 aliases', async () => {
    const { fake, http } = await setup({ repo: fateByName });
    const progress: number[] = [];
    const out = await fetchRepositories(refsOf(1000), {
      token: 't0ken', http, graphqlUrl: fake.graphqlUrl,
      onBatch: (_r, p) => void progress.push(p.done),
    });
    expect(fake.graphqlRequests).toBe(10);
    expect(fake.aliasesPerRequest).toEqual(Array(10).fill(100));
    expect(out.requests).toBe(10);
    expect(progress).toEqual([100, 200, 300, 400, 500, 600, 700, 800, 900, 1000]);
    expect(out.results.size).toBe(1000);
    expect([...out.results.values()].every((r) => r.status === 'found')).toBe(true);
    const first = out.results.get('owner0/ok-0');
    expect(first?.status === 'found' && first.data).toMatchObject({
      nameWithOwner: 'owner0/ok-0', license: 'MIT', topics: ['python'], latestRelease: { tag: 'v1.0.0' }, lastCommit: '2026-10-01T00:00:00Z',
    });
  });

  it('sends the token only as a bearer header and de-duplicates case-insensitively', async () => {
    const { fake, http } = await setup();
    const out = await fetchRepositories([{ owner: 'A', name: 'b' }, { owner: 'a', name: 'B' }], { token: 's3cret', http, graphqlUrl: fake.graphqlUrl });
    expect(fake.aliasesPerRequest).toEqual([1]);
    expect(fake.authHeaders).toEqual(['bearer s3cret']);
    expect(out.results.size).toBe(1);
  });

  it('reports renamed, deleted and archived repositories per alias (partial GraphQL errors)', async () => {
    const { fake, http } = await setup({ repo: fateByName });
    const refs = [
      { owner: 'o', name: 'ok-1' },
      { owner: 'o', name: 'renamed-two' },
      { owner: 'o', name: 'deleted-three' },
      { owner: 'o', name: 'archived-four' },
    ];
    const { results } = await fetchRepositories(refs, { token: 't', http, graphqlUrl: fake.graphqlUrl });
    expect(results.get('o/ok-1')).toMatchObject({ status: 'found', renamed: false, data: { archived: false } });
    expect(results.get('o/renamed-two')).toMatchObject({ status: 'found', renamed: true, data: { nameWithOwner: 'o-org/two', url: 'https://github.com/o-org/two' } });
    expect(results.get('o/deleted-three')).toMatchObject({ status: 'missing' });
    expect(results.get('o/archived-four')).toMatchObject({ status: 'found', data: { archived: true } });
  });

  it('answers invalid names without sending them', async () => {
    const { fake, http } = await setup();
    const { results } = await fetchRepositories([{ owner: 'bad owner', name: 'x' }], { token: 't', http, graphqlUrl: fake.graphqlUrl });
    expect(fake.graphqlRequests).toBe(0);
    expect(results.get('bad owner/x')).toMatchObject({ status: 'error', retryable: false });
  });

  it('waits for the primary rate-limit reset, then resends', async () => {
    const now = Date.parse('2026-12-06T12:00:00Z');
    const reset = String(now / 1000 + 2);
    const { fake, http } = await setup({
      script: [{ status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }, body: '{"message":"API rate limit exceeded"}' }],
    });
    const { waits, sleep } = noSleep();
    const out = await fetchRepositories(refsOf(3), { token: 't', http, graphqlUrl: fake.graphqlUrl, sleep, now: () => now });
    expect(fake.graphqlRequests).toBe(2);
    expect(waits).toEqual([2000 + defaultGithubWaitPolicy.resetSlackMs]);
    expect([...out.results.values()].every((r) => r.status === 'found')).toBe(true);
  });

  it('pauses before the next batch when the limit is spent, and really waits (tiny reset)', async () => {
    let n = 0;
    const { fake, http } = await setup({
      rateHeaders: (): Record<string, string> => (n++ === 0
        ? { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000)) }
        : { 'x-ratelimit-remaining': '100' }),
    });
    const started = Date.now();
    const out = await fetchRepositories(refsOf(150), { token: 't', http, graphqlUrl: fake.graphqlUrl, policy: { resetSlackMs: 50 } });
    expect(fake.graphqlRequests).toBe(2);
    expect(out.waitedMs).toBeGreaterThanOrEqual(50);
    expect(out.waitedMs).toBeLessThanOrEqual(1050);
    expect(Date.now() - started).toBeGreaterThanOrEqual(out.waitedMs - 50);
  });

  it('gives up (without sleeping) when the reset is later than the cap, keeping later batches as errors', async () => {
    const far = String(Math.floor(Date.now() / 1000) + 3600);
    const { fake, http } = await setup({
      script: [{ status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': far }, body: '{}' }],
    });
    const { waits, sleep } = noSleep();
    const out = await fetchRepositories(refsOf(250), { token: 't', http, graphqlUrl: fake.graphqlUrl, sleep, policy: { maxWaitMs: 60_000 } });
    expect(waits).toEqual([]);
    expect(fake.graphqlRequests).toBe(1);
    expect(out.results.size).toBe(250);
    expect([...out.results.values()].every((r) => r.status === 'error' && r.retryable && /rate limit/.test(r.error))).toBe(true);
  });

  it('honours a secondary limit (403 + retry-after) and a 429', async () => {
    const { fake, http } = await setup({
      script: [
        { status: 403, headers: { 'retry-after': '3' }, body: '{"message":"You have exceeded a secondary rate limit."}' },
        { status: 429, headers: { 'retry-after': '0' }, body: '{}' },
      ],
    });
    const { waits, sleep } = noSleep();
    const out = await fetchRepositories(refsOf(5), { token: 't', http, graphqlUrl: fake.graphqlUrl, sleep });
    expect(waits).toEqual([3000, 0]);
    expect(fake.graphqlRequests).toBe(3);
    expect(out.results.get(repoKey({ owner: 'owner0', name: 'ok-0' }))?.status).toBe('found');
  });

  it('retries transient failures (502, malformed JSON, GraphQL timeout) with bounded backoff', async () => {
    const { fake, http } = await setup({
      script: [
        { status: 502, body: 'bad gateway' },
        { status: 200, body: '{"data": {"r0": ' },
        { status: 200, body: '{"errors":[{"message":"Something went wrong while executing your query. This may be the result of a timeout."}]}' },
      ],
    });
    const { waits, sleep } = noSleep();
    const out = await fetchRepositories(refsOf(2), { token: 't', http, graphqlUrl: fake.graphqlUrl, sleep });
    expect(fake.graphqlRequests).toBe(4);
    expect(waits).toHaveLength(3);
    expect([...out.results.values()].map((r) => r.status)).toEqual(['found', 'found']);
  });

  it('stops after the retry budget and returns errors, not a throw', async () => {
    const { fake, http } = await setup({ script: Array(10).fill({ status: 503, body: 'down' }) });
    const { sleep } = noSleep();
    const out = await fetchRepositories(refsOf(2), { token: 't', http, graphqlUrl: fake.graphqlUrl, sleep, policy: { retries: 2 } });
    expect(fake.graphqlRequests).toBe(3);
    expect([...out.results.values()].every((r) => r.status === 'error' && /503/.test(r.error))).toBe(true);
  });

  it('splits a big batch that keeps failing transiently into halves (at most twice deep)', async () => {
    const { fake, http } = await setup({ script: [{ status: 502, body: '' }, { status: 502, body: '' }] });
    const { sleep } = noSleep();
    const out = await fetchRepositories(refsOf(100), { token: 't', http, graphqlUrl: fake.graphqlUrl, sleep, policy: { retries: 0 } });
    expect(fake.aliasesPerRequest).toEqual([100, 50, 25, 25, 50]);
    expect([...out.results.values()].every((r) => r.status === 'found')).toBe(true);
  });

  it('answers existence questions with a cheaper query (for the link checker)', async () => {
    const { fake, http } = await setup({ repo: fateByName });
    const { results } = await fetchRepositories([{ owner: 'o', name: 'renamed-x' }, { owner: 'o', name: 'archived-y' }], { token: 't', http, graphqlUrl: fake.graphqlUrl, fields: 'existence' });
    expect(results.get('o/renamed-x')).toMatchObject({ status: 'found', renamed: true, data: { url: 'https://github.com/o-org/x' } });
    expect(results.get('o/archived-y')).toMatchObject({ status: 'found', data: { archived: true } });
  });

  it('stops the whole run on a rejected token', async () => {
    const { fake, http } = await setup({ token: 'right' });
    const out = await fetchRepositories(refsOf(150), { token: 'wrong', http, graphqlUrl: fake.graphqlUrl });
    expect(fake.graphqlRequests).toBe(1);
    const errors = [...out.results.values()].map((r) => (r.status === 'error' ? r.error : ''));
    expect(new Set(errors)).toEqual(new Set(['GitHub rejected the token (401 Bad credentials): check GITHUB_TOKEN']));
    expect(errors.join()).not.toContain('wrong');
  });

  it('reports an unreachable API as errors', async () => {
    http = createHttpClient({ connectTimeoutMs: 500 });
    const out = await fetchRepositories(refsOf(1), { token: 't', http, graphqlUrl: 'http://127.0.0.1:1/graphql' });
    expect([...out.results.values()][0]).toMatchObject({ status: 'error', error: 'GitHub API unreachable (refused)' });
  });
});

describe('fetchRepositoryRest', () => {
  it('follows a rename, flags deleted and archived repositories', async () => {
    const { fake, http } = await setup({ repo: fateByName });
    const opts = { http, apiUrl: fake.origin };
    expect(await fetchRepositoryRest({ owner: 'o', name: 'renamed-x' }, opts)).toMatchObject({ status: 'found', renamed: true, data: { nameWithOwner: 'o-org/x' } });
    expect(await fetchRepositoryRest({ owner: 'o', name: 'deleted-x' }, opts)).toMatchObject({ status: 'missing' });
    expect(await fetchRepositoryRest({ owner: 'o', name: 'archived-x' }, opts)).toMatchObject({ status: 'found', renamed: false, data: { archived: true } });
    expect(fake.authHeaders).toEqual([]);
  });
});
