/** The report issue upsert against a fake GitHub REST API (real node:http on 127.0.0.1). */
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpClient } from '../http/index.ts';
import { fakeIssuesApi, type FakeIssue as Issue } from '../test-support/fake-issues-api.ts';
import { GithubApiError, upsertReportIssue } from './github-issues.ts';

const client = createHttpClient({ retry: { baseDelayMs: 1 } });
let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

async function setup(issues: Issue[], options?: { failWith?: number }) {
  const api = await fakeIssuesApi(issues, options);
  close = api.close;
  return { api, target: { http: client, apiUrl: api.apiUrl, repo: 'o/r', token: 'secret-token' } };
}

const issue = (number: number, title: string, state: 'open' | 'closed', extra: Partial<Issue> = {}): Issue =>
  ({ number, title, state, body: 'old', comments: [], ...extra });

describe('upsertReportIssue', () => {
  it('creates the issue when something needs a maintainer and none exists', async () => {
    const issues: Issue[] = [issue(1, 'Other', 'open')];
    const { api, target } = await setup(issues);
    const done = await upsertReportIssue(target, 'Link report', 'body 1', false);
    expect(done).toMatchObject({ kind: 'create', url: 'https://github.example/o/r/issues/2' });
    expect(issues[1]).toMatchObject({ title: 'Link report', body: 'body 1', state: 'open' });
    expect(new Set(api.auth)).toEqual(new Set(['Bearer secret-token']));
  });

  it('updates the open one in place, ignoring pull requests with the same title', async () => {
    const issues = [issue(1, 'Link report', 'open'), issue(2, 'Link report', 'open', { pull_request: {} })];
    const { target } = await setup(issues);
    expect(await upsertReportIssue(target, 'Link report', 'body 2', false)).toMatchObject({ kind: 'update', number: 1 });
    expect(issues[0]!.body).toBe('body 2');
    expect(issues[1]!.body).toBe('old');
    expect(await upsertReportIssue(target, 'Link report', 'body 2', false)).toMatchObject({ kind: 'none' });
  });

  it('finds the issue past the first page', async () => {
    const issues = [issue(1, 'Link report', 'open'), ...Array.from({ length: 120 }, (_, i) => issue(i + 2, `Other ${i}`, 'open'))];
    const { api, target } = await setup(issues);
    expect(await upsertReportIssue(target, 'Link report', 'paged', false)).toMatchObject({ kind: 'update', number: 1 });
    expect(api.calls.filter((c) => c.startsWith('GET'))).toHaveLength(2);
  });

  it('reopens a closed report rather than opening a second one', async () => {
    const issues = [issue(1, 'Link report', 'closed')];
    const { target } = await setup(issues);
    expect(await upsertReportIssue(target, 'Link report', 'broken again', false)).toMatchObject({ kind: 'reopen', number: 1 });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ state: 'open', body: 'broken again' });
  });

  it('closes the open report with a comment when all is healthy, and then leaves things alone', async () => {
    const issues = [issue(1, 'Link report', 'open')];
    const { api, target } = await setup(issues);
    expect(await upsertReportIssue(target, 'Link report', 'all good', true)).toMatchObject({ kind: 'close', number: 1 });
    expect(issues[0]).toMatchObject({ state: 'closed', body: 'all good' });
    expect(issues[0]!.comments).toHaveLength(1);
    const before = api.calls.length;
    expect(await upsertReportIssue(target, 'Link report', 'all good', true)).toMatchObject({ kind: 'none' });
    expect(api.calls.slice(before).every((c) => c.startsWith('GET'))).toBe(true);
  });

  it('reports a refusal with status and message, never the token', async () => {
    const { target } = await setup([], { failWith: 403 });
    const e = await upsertReportIssue(target, 'Link report', 'x', false).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(GithubApiError);
    expect((e as Error).message).toMatch(/GitHub answered 403 \(Resource not accessible by integration\)/);
    expect((e as Error).message).not.toContain('secret-token');
  });
});
