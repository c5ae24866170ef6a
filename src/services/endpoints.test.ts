import { describe, expect, it } from 'vitest';
import { endpointsFromEnv, withSlash } from './endpoints.ts';

describe('endpointsFromEnv', () => {
  it('defaults to the public services', () => {
    expect(endpointsFromEnv({})).toEqual({
      githubApiUrl: 'https://api.github.com',
      githubGraphqlUrl: 'https://api.github.com/graphql',
      pypiUrl: 'https://pypi.org',
      pypiStatsUrl: undefined,
    });
  });
  it('takes every URL from its variable, an empty one meaning the default', () => {
    expect(endpointsFromEnv({ GITHUB_API_URL: 'http://127.0.0.1:9/api', GITHUB_GRAPHQL_URL: 'http://127.0.0.1:9/graphql', PYPI_URL: '', PYPI_STATS_URL: 'http://127.0.0.1:9/stats' })).toEqual({
      githubApiUrl: 'http://127.0.0.1:9/api',
      githubGraphqlUrl: 'http://127.0.0.1:9/graphql',
      pypiUrl: 'https://pypi.org',
      pypiStatsUrl: 'http://127.0.0.1:9/stats',
    });
  });
  it('gives a base exactly one trailing slash', () => {
    expect([withSlash('http://x/a'), withSlash('http://x/a/')]).toEqual(['http://x/a/', 'http://x/a/']);
  });
});
