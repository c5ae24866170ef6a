/**
 * The GitHub API client of the project: import from here.
 * `fetchRepositories` (batched GraphQL, many repositories), `fetchRepositoryRest` (one, REST),
 * `parseGithubRepo` (URL or owner/name → validated ref). See client.ts for an example.
 */
export { fetchRepositories, fetchRepositoryRest, githubUrlsFromEnv, DEFAULT_GITHUB_API_URL, DEFAULT_GITHUB_GRAPHQL_URL } from './client.ts';
export type { BatchProgress, FetchRepositoriesOptions, FetchRepositoriesResult, FetchRepositoryRestOptions } from './client.ts';
export type { RepoData, RepoResult } from './parse.ts';
export { buildRepositoriesQuery, MAX_REPOS_PER_QUERY } from './query.ts';
export type { RepoFieldSet } from './query.ts';
export { defaultGithubWaitPolicy } from './rate-limit.ts';
export type { GithubWaitPolicy, WaitReason } from './rate-limit.ts';
export { isValidRepoRef, parseGithubRepo, repoKey, repoSlug } from './repo-ref.ts';
export type { RepoRef } from './repo-ref.ts';
