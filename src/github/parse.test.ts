import { describe, expect, it } from 'vitest';
import { parseRepositoriesResponse, parseRestRepository } from './parse.ts';

const refs = [
  { owner: 'ok', name: 'one' },
  { owner: 'gone', name: 'two' },
  { owner: 'old', name: 'three' },
];
const node = (nameWithOwner: string, extra: Record<string, unknown> = {}) => ({
  nameWithOwner,
  url: `https://github.com/${nameWithOwner}`,
  isArchived: false,
  isDisabled: false,
  pushedAt: '2026-01-02T00:00:00Z',
  stargazerCount: 12,
  forkCount: 3,
  issues: { totalCount: 4 },
  licenseInfo: { spdxId: 'NOASSERTION' },
  defaultBranchRef: { target: { committedDate: '2026-01-01T00:00:00Z' } },
  latestRelease: null,
  repositoryTopics: { nodes: [{ topic: { name: 'web' } }, null] },
  ...extra,
});

describe('parseRepositoriesResponse', () => {
  it('maps found, NOT_FOUND and renamed aliases one by one', () => {
    const out = parseRepositoriesResponse(refs, {
      data: { r0: node('ok/one'), r1: null, r2: node('new/three'), rateLimit: { cost: 1, remaining: 4990, resetAt: '2026-01-01T01:00:00Z' } },
      errors: [{ type: 'NOT_FOUND', path: ['r1'], message: "Could not resolve to a Repository with the name 'gone/two'." }],
    });
    if (!('results' in out)) throw new Error('expected results');
    expect(out.results.map((r) => r.status)).toEqual(['found', 'missing', 'found']);
    expect(out.results[0]).toMatchObject({
      renamed: false,
      data: { stars: 12, forks: 3, openIssues: 4, lastCommit: '2026-01-01T00:00:00Z', license: null, latestRelease: null, topics: ['web'] },
    });
    expect(out.results[2]).toMatchObject({ renamed: true, data: { nameWithOwner: 'new/three', url: 'https://github.com/new/three' } });
    expect(out.rateLimit).toEqual({ cost: 1, remaining: 4990, resetAt: '2026-01-01T01:00:00Z' });
  });

  it('is not fooled by a case-only difference', () => {
    const out = parseRepositoriesResponse([{ owner: 'Ok', name: 'ONE' }], { data: { r0: node('ok/one') } });
    expect('results' in out && out.results[0]).toMatchObject({ status: 'found', renamed: false });
  });

  it('keeps a sub-field error from spoiling a found repository', () => {
    const out = parseRepositoriesResponse([refs[0]!], {
      data: { r0: node('ok/one', { latestRelease: null }) },
      errors: [{ type: 'FORBIDDEN', path: ['r0', 'latestRelease'], message: 'nope' }],
    });
    expect('results' in out && out.results[0]?.status).toBe('found');
  });

  it('turns a null alias with another error into a per-repository error', () => {
    const out = parseRepositoriesResponse([refs[0]!], { data: { r0: null }, errors: [{ type: 'FORBIDDEN', path: ['r0'], message: 'SAML enforcement' }] });
    expect('results' in out && out.results[0]).toMatchObject({ status: 'error', error: 'SAML enforcement', retryable: false });
  });

  it('flags an unexpected node shape as an error, not a crash', () => {
    const out = parseRepositoriesResponse([refs[0]!], { data: { r0: { nameWithOwner: 5 } } });
    expect('results' in out && out.results[0]?.status).toBe('error');
  });

  it.each([
    ['rate limited', { errors: [{ type: 'RATE_LIMITED', message: 'API rate limit exceeded' }] }, 'rate-limited'],
    ['query failed', { errors: [{ message: 'Something went wrong while executing your query.' }] }, 'query-error'],
    ['data null', { data: null, errors: [{ message: 'timeout' }] }, 'query-error'],
    ['not an object', 'hello', 'malformed'],
    ['errors not a list', { errors: 'x' }, 'malformed'],
  ])('whole-batch failure: %s', (_n, body, kind) => {
    const out = parseRepositoriesResponse(refs, body);
    expect('failure' in out && out.failure.kind).toBe(kind);
  });
});

describe('parseRestRepository', () => {
  it('maps the REST body and detects a rename', () => {
    const r = parseRestRepository({ owner: 'a', name: 'b' }, {
      full_name: 'a-org/b', html_url: 'https://github.com/a-org/b', archived: true, pushed_at: '2026-01-01T00:00:00Z',
      stargazers_count: 5, forks_count: 1, open_issues_count: 2, license: { spdx_id: 'MIT' }, topics: ['x'],
    });
    expect(r).toMatchObject({ status: 'found', renamed: true, data: { archived: true, stars: 5, license: 'MIT', topics: ['x'] } });
  });
  it('flags an unexpected body', () => {
    expect(parseRestRepository({ owner: 'a', name: 'b' }, { message: 'hm' }).status).toBe('error');
  });
});
