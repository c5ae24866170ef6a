/**
 * GitHub's REST API on the shared HTTP client: one request helper (base URL, token header, API
 * version, error text without the token) for every REST call of the project — the repository
 * look-up `npm run new` drafts from, and the nightly report issue (src/report/github-issues.ts).
 */
import { HttpError, type HttpClient, type HttpResponse } from '../http/index.ts';
import { restErrorSchema } from '../schemas/github-api.ts';
import { isValidRepoRef, repoSlug, type RepoRef } from '../identity/repo.ts';
import { withSlash } from '../services/endpoints.ts';
import { parseRestRepository, type RepoResult } from './parse.ts';

export interface RestTarget {
  http: HttpClient;
  /** REST base URL (from src/services/endpoints.ts), e.g. https://api.github.com. */
  apiUrl: string;
  /** Optional for reads (anonymous calls get 60 an hour); sent as a header, never printed. */
  token?: string | undefined;
}

export interface RestRequestOptions {
  json?: unknown;
  retries?: number;
  timeoutMs?: number;
  maxBodyBytes?: number;
  signal?: AbortSignal;
}

/** GitHub refused a call; the message has method, path, status and GitHub's message, never the token. */
export class GithubApiError extends Error {}

/** One REST exchange at `path` (absolute path or full URL on the API host); never follows redirects. */
export function restRequest(t: RestTarget, method: string, path: string | URL, o: RestRequestOptions = {}): Promise<HttpResponse> {
  const url = path instanceof URL ? path : `${t.apiUrl.replace(/\/$/, '')}${path}`;
  const headers: Record<string, string> = { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' };
  if (t.token) headers.authorization = `Bearer ${t.token}`;
  return t.http.request(url, {
    method,
    headers,
    ...(o.json !== undefined ? { json: o.json } : {}),
    maxBodyBytes: o.maxBodyBytes ?? 8 * 2 ** 20,
    ...(o.retries !== undefined ? { retries: o.retries } : {}),
    ...(o.timeoutMs !== undefined ? { totalTimeoutMs: o.timeoutMs } : {}),
    ...(o.signal ? { signal: o.signal } : {}),
  });
}

/** A REST call that must succeed: the parsed JSON answer, or a GithubApiError naming what failed. */
export async function restJson(t: RestTarget, method: string, path: string, o: RestRequestOptions = {}): Promise<unknown> {
  const res = await restRequest(t, method, path, o);
  if (res.status < 200 || res.status >= 300) {
    let message = '';
    try {
      const parsed = restErrorSchema.safeParse(JSON.parse(res.body.toString('utf8')));
      message = parsed.success ? String(parsed.data.message ?? '') : '';
    } catch {
      // not JSON
    }
    throw new GithubApiError(`${method} ${path}: GitHub answered ${res.status}${message ? ` (${message})` : ''}`);
  }
  return res.status === 204 || res.body.length === 0 ? undefined : JSON.parse(res.body.toString('utf8'));
}

/**
 * One repository through `GET /repos/{owner}/{repo}`, following GitHub's redirect for a renamed
 * repository (same origin, at most 3 hops): name, URL, description, homepage, topics, archived.
 * No last-commit date or release (REST needs extra calls for those); for many repositories use
 * `fetchRepositories` (GraphQL). Never throws: every failure is an `error` result.
 */
export async function fetchRepositoryRest(ref: RepoRef, t: RestTarget, o: Omit<RestRequestOptions, 'json'> = {}): Promise<RepoResult> {
  if (!isValidRepoRef(ref)) return { status: 'error', ref, error: `not a valid GitHub owner/name: ${JSON.stringify(repoSlug(ref))}`, retryable: false };
  const base = new URL(withSlash(t.apiUrl));
  let url = new URL(`repos/${encodeURIComponent(ref.owner)}/${encodeURIComponent(ref.name)}`, base);
  for (let hop = 0; hop <= 3; hop++) {
    let res: HttpResponse;
    try {
      res = await restRequest(t, 'GET', url, o);
    } catch (e) {
      return { status: 'error', ref, error: `GitHub unreachable (${e instanceof HttpError ? e.kind : 'other'})`, retryable: true };
    }
    if ([301, 302, 307, 308].includes(res.status) && res.headers.location) {
      const next = new URL(res.headers.location, url);
      if (next.origin !== base.origin) return { status: 'error', ref, error: 'GitHub redirected off its API host', retryable: false };
      url = next;
      continue;
    }
    if (res.status === 404) return { status: 'missing', ref, message: `${repoSlug(ref)} not found` };
    if (res.status !== 200) {
      const limited = res.status === 429 || (res.status === 403 && (res.headers['x-ratelimit-remaining'] === '0' || res.headers['retry-after'] !== undefined));
      return { status: 'error', ref, error: limited ? 'GitHub REST rate limit reached' : `GitHub answered ${res.status}`, retryable: limited || res.status >= 500 };
    }
    if (res.truncated) return { status: 'error', ref, error: 'GitHub answer too large', retryable: false };
    try {
      return parseRestRepository(ref, JSON.parse(res.body.toString('utf8')));
    } catch {
      return { status: 'error', ref, error: 'GitHub malformed JSON', retryable: true };
    }
  }
  return { status: 'error', ref, error: 'GitHub redirected too often', retryable: false };
}
