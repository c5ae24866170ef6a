/**
 * Turns GitHub's answers (a batched GraphQL response, or one REST repository; shapes in
 * src/schemas/github-api.ts) into one closed outcome per requested repository: found (with data,
 * and whether it was renamed), missing, or error. GraphQL answers partially — one deleted repository is a `null` alias plus a NOT_FOUND
 * error while the other 99 aliases carry data — so this works alias by alias.
 */
import {
  graphqlEnvelopeSchema,
  graphqlRateLimitSchema,
  graphqlRepositorySchema,
  restRepositorySchema,
  type GraphqlError,
  type GraphqlRateLimit,
  type GraphqlRepository,
} from '../schemas/github-api.ts';
import { repoKey, repoSlug, type RepoRef } from '../identity/repo.ts';
import { aliasFor } from './query.ts';

/** What we learnt about a repository that exists; absent fields were not asked for or not known. */
export interface RepoData {
  /** Current owner/name (differs from the request after a rename or transfer). */
  nameWithOwner: string;
  /** Current https URL. */
  url: string;
  archived: boolean;
  disabled: boolean;
  stars?: number;
  forks?: number;
  /** Open issues (GraphQL: issues only; REST counts open pull requests too). */
  openIssues?: number;
  pushedAt?: string | null;
  /** Date of the last commit on the default branch (GraphQL only). */
  lastCommit?: string | null;
  /** SPDX id; null when GitHub does not recognise the licence ("NOASSERTION") or there is none. */
  license?: string | null;
  latestRelease?: { tag: string; date: string | null } | null;
  topics?: string[];
  /** The repository's one-line description (REST only: `new` drafts from it). */
  description?: string | null;
  /** The homepage the repository names (REST only). */
  homepage?: string | null;
}

/** One outcome per requested repository (a closed union: callers switch on `status`). */
export type RepoResult =
  | { status: 'found'; ref: RepoRef; data: RepoData; renamed: boolean }
  | { status: 'missing'; ref: RepoRef; message: string }
  | { status: 'error'; ref: RepoRef; error: string; retryable: boolean };

/** The whole batch failed in a way that decides what to do next (retry, wait, give up). */
export type BatchFailure =
  | { kind: 'rate-limited'; message: string }
  | { kind: 'query-error'; message: string }
  | { kind: 'malformed'; message: string };

export type { GraphqlRateLimit };

/** True when GitHub reports a rename or transfer (it matches names case-insensitively). */
export function isRename(ref: RepoRef, nameWithOwner: string): boolean {
  return repoKey(ref) !== nameWithOwner.toLowerCase();
}

function fromGraphql(node: GraphqlRepository): RepoData {
  const data: RepoData = {
    nameWithOwner: node.nameWithOwner,
    url: node.url,
    archived: node.isArchived,
    disabled: node.isDisabled ?? false,
  };
  if (node.stargazerCount !== undefined) data.stars = node.stargazerCount;
  if (node.forkCount !== undefined) data.forks = node.forkCount;
  if (node.issues !== undefined) data.openIssues = node.issues?.totalCount ?? 0;
  if (node.pushedAt !== undefined) data.pushedAt = node.pushedAt;
  if (node.defaultBranchRef !== undefined) data.lastCommit = node.defaultBranchRef?.target?.committedDate ?? null;
  if (node.licenseInfo !== undefined) data.license = spdx(node.licenseInfo?.spdxId);
  if (node.latestRelease !== undefined) {
    data.latestRelease = node.latestRelease ? { tag: node.latestRelease.tagName, date: node.latestRelease.publishedAt ?? null } : null;
  }
  if (node.repositoryTopics !== undefined) {
    data.topics = (node.repositoryTopics?.nodes ?? []).flatMap((n) => (n ? [n.topic.name] : []));
  }
  return data;
}

function spdx(id: string | null | undefined): string | null {
  return id && id !== 'NOASSERTION' ? id : null;
}

/**
 * Reads one batched GraphQL response (already JSON-parsed) for `refs` (alias i = refs[i]).
 * Returns per-ref results, or a batch failure when no alias can be trusted.
 */
export function parseRepositoriesResponse(
  refs: readonly RepoRef[],
  body: unknown,
): { results: RepoResult[]; rateLimit?: GraphqlRateLimit } | { failure: BatchFailure } {
  const envelope = graphqlEnvelopeSchema.safeParse(body);
  if (!envelope.success) return { failure: { kind: 'malformed', message: 'GraphQL answer is not a {data, errors} object' } };
  const { data, errors = [] } = envelope.data;
  const wholeQueryErrors = errors.filter((e) => !e.path || e.path.length === 0);
  if (!data) {
    const message = errors.map((e) => e.message ?? e.type ?? 'unknown error').join('; ') || 'GraphQL answered without data';
    if (errors.some((e) => e.type === 'RATE_LIMITED')) return { failure: { kind: 'rate-limited', message } };
    return { failure: { kind: 'query-error', message } };
  }
  const byAlias = new Map<string, GraphqlError>();
  for (const e of errors) {
    const head = e.path?.[0];
    if (typeof head === 'string' && (e.path?.length === 1 || !byAlias.has(head))) byAlias.set(head, e);
  }
  const results = refs.map((ref, i): RepoResult => {
    const alias = aliasFor(i);
    const node = data[alias];
    const err = byAlias.get(alias);
    if (node === null || node === undefined) {
      if (err?.type === 'NOT_FOUND') return { status: 'missing', ref, message: err.message ?? `${repoSlug(ref)} not found` };
      const why = err?.message ?? wholeQueryErrors[0]?.message ?? 'no answer for this repository';
      return { status: 'error', ref, error: why, retryable: err?.type !== 'FORBIDDEN' };
    }
    const parsed = graphqlRepositorySchema.safeParse(node);
    if (!parsed.success) return { status: 'error', ref, error: 'GitHub answered with an unexpected repository shape', retryable: false };
    const repo = fromGraphql(parsed.data);
    return { status: 'found', ref, data: repo, renamed: isRename(ref, repo.nameWithOwner) };
  });
  const rl = graphqlRateLimitSchema.safeParse(data.rateLimit);
  return rl.success ? { results, rateLimit: rl.data } : { results };
}

/** Maps a REST repository body onto the same RepoData (no last-commit date or release: REST needs more calls). */
export function parseRestRepository(ref: RepoRef, body: unknown): RepoResult {
  const parsed = restRepositorySchema.safeParse(body);
  if (!parsed.success) return { status: 'error', ref, error: 'GitHub answered with an unexpected shape', retryable: false };
  const r = parsed.data;
  const data: RepoData = { nameWithOwner: r.full_name, url: r.html_url, archived: r.archived ?? false, disabled: r.disabled ?? false };
  if (r.stargazers_count !== undefined) data.stars = r.stargazers_count;
  if (r.forks_count !== undefined) data.forks = r.forks_count;
  if (r.open_issues_count !== undefined) data.openIssues = r.open_issues_count;
  if (r.pushed_at !== undefined) data.pushedAt = r.pushed_at;
  if (r.license !== undefined) data.license = spdx(r.license?.spdx_id);
  if (r.topics) data.topics = r.topics;
  if (r.description !== undefined) data.description = r.description;
  if (r.homepage !== undefined) data.homepage = r.homepage;
  return { status: 'found', ref, data, renamed: isRename(ref, r.full_name) };
}
