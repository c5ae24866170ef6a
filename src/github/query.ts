/**
 * Builds one GraphQL query for up to 100 repositories, one alias each (`r0: repository(owner:,
 * name:)`), so 1,000 entries cost 10 requests instead of 1,000. Owner and name are validated
 * (src/identity/repo.ts) and then JSON-quoted, so nothing from an entry can change the query's shape.
 */
import { isValidRepoRef, repoSlug, type RepoRef } from '../identity/repo.ts';

/** GitHub's documented ceiling for aliased nodes we ask per query. */
export const MAX_REPOS_PER_QUERY = 100;

/**
 * `full`: everything the activity store keeps. `existence`: just enough to tell exists / renamed /
 * archived (the link checker's question), cheaper for GitHub to answer.
 */
export type RepoFieldSet = 'full' | 'existence';

const FIELDS: Record<RepoFieldSet, string> = {
  existence: 'nameWithOwner url isArchived isDisabled',
  full: [
    'nameWithOwner url isArchived isDisabled pushedAt stargazerCount forkCount',
    'issues(states: OPEN) { totalCount }',
    'licenseInfo { spdxId }',
    'defaultBranchRef { target { ... on Commit { committedDate } } }',
    'latestRelease { tagName publishedAt }',
    'repositoryTopics(first: 20) { nodes { topic { name } } }',
  ].join(' '),
};

/** The alias of the i-th repository of a batch. */
export function aliasFor(index: number): string {
  return `r${index}`;
}

/**
 * The query text for one batch. Throws on an invalid ref or an oversized batch: both are caller
 * bugs (refs are validated and batches sized before this is called).
 */
export function buildRepositoriesQuery(refs: readonly RepoRef[], fields: RepoFieldSet = 'full'): string {
  if (refs.length === 0 || refs.length > MAX_REPOS_PER_QUERY) {
    throw new RangeError(`a batch holds 1..${MAX_REPOS_PER_QUERY} repositories, got ${refs.length}`);
  }
  const lines = refs.map((ref, i) => {
    if (!isValidRepoRef(ref)) throw new TypeError(`not a valid GitHub owner/name: ${JSON.stringify(repoSlug(ref))}`);
    return `  ${aliasFor(i)}: repository(owner: ${JSON.stringify(ref.owner)}, name: ${JSON.stringify(ref.name)}) { ...RepoFields }`;
  });
  return [
    'query Repositories {',
    '  rateLimit { cost remaining resetAt }',
    ...lines,
    '}',
    `fragment RepoFields on Repository { ${FIELDS[fields]} }`,
  ].join('\n');
}

/** Splits refs into query-sized batches, keeping order. */
export function batches<T>(items: readonly T[], size: number = MAX_REPOS_PER_QUERY): T[][] {
  const n = Math.max(1, Math.min(MAX_REPOS_PER_QUERY, Math.floor(size)));
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += n) out.push(items.slice(i, i + n));
  return out;
}
