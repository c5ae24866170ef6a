/**
 * The one GitHub API client of the project. `fetchRepositories` asks GraphQL about up to 100
 * repositories per request (aliases), serially as GitHub asks of API clients, and returns one
 * outcome per requested owner/name: found (data + renamed?), missing, or error. Rate limits
 * (primary and secondary), transient faults and partial GraphQL errors are handled here
 * (decisions in rate-limit.ts and parse.ts); a big batch that keeps failing transiently is split
 * in halves. HTTP goes through the shared client in src/http/.
 *
 * Used by the activity fetcher (`fields: 'full'`) and by the link checker for github.com links
 * (`fields: 'existence'`: exists / renamed / archived, cheaper):
 * ```ts
 * const http = createHttpClient();
 * const { results } = await fetchRepositories([{ owner: 'django', name: 'django' }], {
 *   token: process.env.GITHUB_TOKEN!, http, fields: 'existence', graphqlUrl: endpointsFromEnv().githubGraphqlUrl,
 * });
 * const r = results.get(repoKey({ owner: 'django', name: 'django' }));
 * if (r?.status === 'found' && r.renamed) console.log('moved to', r.data.url);
 * ```
 * GraphQL needs a token; without one, `fetchRepositoryRest` (rest.ts) answers one repository
 * through REST (60 requests an hour unauthenticated). Endpoint URLs come from the caller
 * (src/services/endpoints.ts reads them from the environment).
 */
import { HttpError, type HttpClient } from '../http/index.ts';
import { parseRepositoriesResponse, type RepoResult } from './parse.ts';
import { batches, buildRepositoriesQuery, MAX_REPOS_PER_QUERY, type RepoFieldSet } from './query.ts';
import { defaultGithubWaitPolicy, nextStep, pauseBeforeNext, type AttemptResult, type GithubWaitPolicy, type WaitReason } from './rate-limit.ts';
import { isValidRepoRef, repoKey, repoSlug, type RepoRef } from '../identity/repo.ts';

export interface BatchProgress {
  /** Unique repositories answered so far (found, missing or error). */
  done: number;
  /** Unique repositories requested. */
  total: number;
  /** HTTP requests sent so far. */
  requests: number;
}

export interface FetchRepositoriesOptions {
  /** A GitHub token (GraphQL refuses anonymous calls). Sent as a header, never logged. */
  token: string;
  /** The shared HTTP client (src/http). */
  http: HttpClient;
  /** The GraphQL endpoint (src/services/endpoints.ts). */
  graphqlUrl: string;
  /** `full` (default) for activity, `existence` for link checks. */
  fields?: RepoFieldSet;
  /** Repositories per query, 1–100 (default 100). */
  batchSize?: number;
  /** Waiting and retry limits; see rate-limit.ts. */
  policy?: Partial<GithubWaitPolicy>;
  /** Called after every batch with its results, e.g. to save progress so a killed run resumes. */
  onBatch?: (results: RepoResult[], progress: BatchProgress) => void | Promise<void>;
  /** Called before every wait (rate limit or backoff), for progress lines. */
  onWait?: (ms: number, reason: WaitReason) => void;
  /** Injected in tests to make waits instant; defaults to a real timer. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  signal?: AbortSignal;
  /** Per-request time budget (default 60 s: GitHub itself gives up on a query after ~10 s). */
  timeoutMs?: number;
}

export interface FetchRepositoriesResult {
  /** One outcome per requested repository, keyed by `repoKey(ref)` (lower-case owner/name). */
  results: Map<string, RepoResult>;
  /** HTTP requests sent to GraphQL (resends included). */
  requests: number;
  /** Milliseconds spent waiting on rate limits and backoff. */
  waitedMs: number;
}

const realSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Batches at least this big are split in halves after failing transiently, at most SPLIT_DEPTH times. */
const SPLIT_MIN = 10;
const SPLIT_DEPTH = 2;

/** Rough point cost GitHub charges for one of our batch queries, to pause before running dry. */
const QUERY_COST = 1;

/**
 * Fetches many repositories through batched GraphQL queries. Never throws for a repository's
 * fate: invalid names, missing repositories and failed batches come back as results, so one bad
 * entry cannot sink a nightly run.
 */
export async function fetchRepositories(refs: readonly RepoRef[], options: FetchRepositoriesOptions): Promise<FetchRepositoriesResult> {
  const policy: GithubWaitPolicy = { ...defaultGithubWaitPolicy, ...options.policy };
  const sleep = options.sleep ?? realSleep;
  const now = options.now ?? Date.now;
  const graphqlUrl = options.graphqlUrl;
  const results = new Map<string, RepoResult>();
  const unique: RepoRef[] = [];
  const seen = new Set<string>();
  for (const ref of refs) {
    const key = repoKey(ref);
    if (seen.has(key)) continue;
    seen.add(key);
    if (!isValidRepoRef(ref)) {
      results.set(key, { status: 'error', ref, error: `not a valid GitHub owner/name: ${JSON.stringify(repoSlug(ref))}`, retryable: false });
    } else unique.push(ref);
  }
  const total = seen.size;
  let requests = 0;
  let waitedMs = 0;
  let stopReason: string | null = null;

  const wait = async (ms: number, reason: WaitReason) => {
    options.onWait?.(ms, reason);
    waitedMs += ms;
    await sleep(ms);
  };

  // A queue, because a big batch that keeps failing transiently (GitHub times out on heavy
  // queries) is split in halves and retried, at most twice deep.
  const queue = batches(unique, options.batchSize ?? MAX_REPOS_PER_QUERY).map((refs) => ({ refs, depth: 0 }));
  while (queue.length > 0) {
    const { refs: batch, depth } = queue.shift()!;
    if (options.signal?.aborted) stopReason ??= 'aborted';
    let batchResults: RepoResult[] | null = null;
    if (stopReason) {
      const reason = stopReason;
      batchResults = batch.map((ref) => ({ status: 'error', ref, error: reason, retryable: true }));
    } else {
      const query = buildRepositoriesQuery(batch, options.fields ?? 'full');
      let attempt = 0;
      let rateLimitAttempts = 0;
      for (;;) {
        attempt++;
        let result: AttemptResult;
        let parsed: ReturnType<typeof parseRepositoriesResponse> | undefined;
        try {
          requests++;
          const res = await options.http.request(graphqlUrl, {
            method: 'POST',
            headers: { authorization: `bearer ${options.token}`, accept: 'application/json' },
            json: { query },
            retries: 0, // retry decisions for GitHub live in rate-limit.ts
            maxBodyBytes: 16 * 1024 * 1024,
            totalTimeoutMs: options.timeoutMs ?? 60_000,
            ...(options.signal ? { signal: options.signal } : {}),
          });
          const text = res.body.toString('utf8');
          if (res.status === 200) {
            let body: unknown;
            try {
              body = res.truncated ? undefined : JSON.parse(text);
            } catch {
              body = undefined;
            }
            parsed = body === undefined
              ? { failure: { kind: 'malformed', message: 'GitHub answered with malformed JSON' } }
              : parseRepositoriesResponse(batch, body);
          }
          result = {
            kind: 'response',
            status: res.status,
            headers: res.headers,
            bodyText: res.status === 200 ? undefined : text.slice(0, 2000),
            ...(parsed && 'failure' in parsed ? { failure: parsed.failure } : {}),
          };
        } catch (e) {
          result = { kind: 'error', error: e instanceof HttpError ? e.kind : 'other' };
        }
        const step = nextStep(result, { attempt, rateLimitAttempts, waitedMs, now: now() }, policy);
        if (step.action === 'use' && parsed && 'results' in parsed) {
          batchResults = parsed.results;
          const pause = result.kind === 'response' ? pauseBeforeNext(result.headers, QUERY_COST, { now: now(), waitedMs }, policy) : 0;
          if (pause === null) stopReason = 'GitHub primary rate limit spent: resets later than this run waits';
          else if (pause > 0) await wait(pause, 'primary-rate-limit');
          break;
        }
        if (step.action === 'retry') {
          if (step.reason !== 'transient') rateLimitAttempts++;
          await wait(step.waitMs, step.reason);
          continue;
        }
        const reason = step.action === 'fail' ? step.reason : 'GitHub answered without data';
        const transientFailure = step.action === 'fail' && step.retryable && !/rate limit|token|unreachable/.test(reason);
        if (transientFailure && batch.length >= SPLIT_MIN && depth < SPLIT_DEPTH) {
          const half = Math.ceil(batch.length / 2);
          queue.unshift({ refs: batch.slice(0, half), depth: depth + 1 }, { refs: batch.slice(half), depth: depth + 1 });
          break;
        }
        batchResults = batch.map((ref) => ({ status: 'error', ref, error: reason, retryable: step.action === 'fail' ? step.retryable : true }));
        // A spent rate limit or a rejected token will not heal within this run: stop asking.
        if (/rate limit|token|unreachable/.test(reason)) stopReason = reason;
        break;
      }
    }
    if (!batchResults) continue; // split: its halves report
    for (const r of batchResults) results.set(repoKey(r.ref), r);
    await options.onBatch?.(batchResults, { done: results.size, total, requests });
  }
  return { results, requests, waitedMs };
}
