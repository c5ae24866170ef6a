/**
 * The GitHub API client of the project: import from here.
 * `fetchRepositories` (batched GraphQL, many repositories), `fetchRepositoryRest` (one, REST),
 * `restJson` (any REST call). Which repository a string names lives in src/identity/repo.ts.
 * See client.ts for an example.
 */
export { fetchRepositories } from './client.ts';
export type { BatchProgress, FetchRepositoriesOptions, FetchRepositoriesResult } from './client.ts';
export { fetchRepositoryRest, GithubApiError, restJson, restRequest } from './rest.ts';
export type { RestRequestOptions, RestTarget } from './rest.ts';
export type { RepoData, RepoResult } from './parse.ts';
export { buildRepositoriesQuery, MAX_REPOS_PER_QUERY } from './query.ts';
export type { RepoFieldSet } from './query.ts';
export { defaultGithubWaitPolicy } from './rate-limit.ts';
export type { GithubWaitPolicy, WaitReason } from './rate-limit.ts';
