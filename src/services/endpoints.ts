/**
 * Where the outside services are: the one module that reads `GITHUB_API_URL`,
 * `GITHUB_GRAPHQL_URL`, `PYPI_URL` and `PYPI_STATS_URL`. Only entry points call it; library code
 * (src/github, src/pypi) takes the URL as a parameter, so the tests, the benchmarks and a mirror
 * point every command at another server with the same variables.
 */

export const DEFAULT_GITHUB_API_URL = 'https://api.github.com';
export const DEFAULT_GITHUB_GRAPHQL_URL = 'https://api.github.com/graphql';
export const DEFAULT_PYPI_URL = 'https://pypi.org';

export interface Endpoints {
  /** GitHub REST base, e.g. https://api.github.com. */
  githubApiUrl: string;
  /** GitHub GraphQL endpoint. */
  githubGraphqlUrl: string;
  /** PyPI base (serves `/pypi/<name>/json`). */
  pypiUrl: string;
  /** pypistats-style base (serves `/api/packages/<name>/recent`); downloads are skipped without it. */
  pypiStatsUrl: string | undefined;
}

/** The service URLs from the environment, defaulting to the public services. */
export function endpointsFromEnv(env: NodeJS.ProcessEnv = process.env): Endpoints {
  return {
    githubApiUrl: env.GITHUB_API_URL || DEFAULT_GITHUB_API_URL,
    githubGraphqlUrl: env.GITHUB_GRAPHQL_URL || DEFAULT_GITHUB_GRAPHQL_URL,
    pypiUrl: env.PYPI_URL || DEFAULT_PYPI_URL,
    pypiStatsUrl: env.PYPI_STATS_URL || undefined,
  };
}

/** `base` with exactly one trailing slash, so `new URL(relative, base)` keeps its path. */
export function withSlash(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}
