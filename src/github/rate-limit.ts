/**
 * GitHub-specific "what now?" after each API answer, as pure functions: use the answer, wait and
 * resend (primary limit until `x-ratelimit-reset`, secondary limit per `retry-after`, transient
 * faults with the project's backoff from src/http/retry.ts), or give up with a reason. Every wait
 * is capped (one wait, and all waits of a run together), so a nightly job never sleeps for hours.
 */
import { retryAfterHeaderMs, retryDelay, type NetworkErrorKind, type RetryPolicy } from '../http/index.ts';
import type { BatchFailure } from './parse.ts';

export interface GithubWaitPolicy {
  /** Resends of one request after transient faults (5xx, resets, GraphQL timeouts). */
  retries: number;
  /** Resends of one request after rate-limit answers. */
  rateLimitRetries: number;
  /** Longest single rate-limit wait we accept; a longer reset means "give up for this run". */
  maxWaitMs: number;
  /** Budget for all rate-limit waits of one run together. */
  totalWaitMs: number;
  /** Wait after a secondary-limit 403 that names no retry-after (GitHub documents one minute). */
  secondaryDefaultMs: number;
  /** Added to every wait for `x-ratelimit-reset`, against clock skew between us and GitHub. */
  resetSlackMs: number;
  /** Backoff for transient faults (full jitter, see src/http/retry.ts). */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const defaultGithubWaitPolicy: GithubWaitPolicy = {
  retries: 3,
  rateLimitRetries: 3,
  maxWaitMs: 15 * 60_000,
  totalWaitMs: 30 * 60_000,
  secondaryDefaultMs: 60_000,
  resetSlackMs: 1_000,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
};

export type WaitReason = 'primary-rate-limit' | 'secondary-rate-limit' | 'transient';

export type NextStep =
  | { action: 'use' }
  | { action: 'retry'; waitMs: number; reason: WaitReason }
  | { action: 'fail'; reason: string; retryable: boolean };

/** What one attempt produced: a response (status, headers, maybe a parsed-batch failure) or a network error. */
export type AttemptResult =
  | { kind: 'response'; status: number; headers: Record<string, string>; failure?: BatchFailure; bodyText?: string }
  | { kind: 'error'; error: NetworkErrorKind };

export interface StepContext {
  /** Attempts made so far for this request (1 after the first). */
  attempt: number;
  /** Rate-limit resends made so far for this request. */
  rateLimitAttempts: number;
  /** Milliseconds already spent waiting on rate limits in this run. */
  waitedMs: number;
  now: number;
  random?: () => number;
}

/** Milliseconds until `x-ratelimit-reset` (epoch seconds), plus slack; undefined if absent. */
export function msUntilReset(headers: Record<string, string>, now: number, slackMs: number = defaultGithubWaitPolicy.resetSlackMs): number | undefined {
  const reset = Number(headers['x-ratelimit-reset']);
  if (!headers['x-ratelimit-reset'] || !Number.isFinite(reset) || reset <= 0) return undefined;
  return Math.max(0, reset * 1000 - now) + slackMs;
}

function rateLimitWait(waitMs: number, reason: WaitReason, ctx: StepContext, policy: GithubWaitPolicy): NextStep {
  const minutes = (ms: number) => `${Math.ceil(ms / 60_000)} min`;
  if (ctx.rateLimitAttempts >= policy.rateLimitRetries) {
    return { action: 'fail', reason: `GitHub ${reason.replace(/-/g, ' ')} still hit after ${ctx.rateLimitAttempts} waits`, retryable: true };
  }
  if (waitMs > policy.maxWaitMs) {
    return { action: 'fail', reason: `GitHub ${reason.replace(/-/g, ' ')}: resets in ${minutes(waitMs)}, more than the ${minutes(policy.maxWaitMs)} this run waits`, retryable: true };
  }
  if (ctx.waitedMs + waitMs > policy.totalWaitMs) {
    return { action: 'fail', reason: `GitHub ${reason.replace(/-/g, ' ')}: waiting budget of ${minutes(policy.totalWaitMs)} used up`, retryable: true };
  }
  return { action: 'retry', waitMs, reason };
}

function transient(why: string, ctx: StepContext, policy: GithubWaitPolicy): NextStep {
  if (ctx.attempt > policy.retries) return { action: 'fail', reason: `${why} (after ${ctx.attempt} attempts)`, retryable: true };
  const p: RetryPolicy = { retries: policy.retries, baseDelayMs: policy.baseDelayMs, maxDelayMs: policy.maxDelayMs, retryTimeouts: true };
  return { action: 'retry', waitMs: retryDelay({ kind: 'error', error: 'other' }, ctx.attempt, p, ctx.random), reason: 'transient' };
}

/**
 * Decides what to do after one GitHub API attempt. 401 and plain 403/404-style refusals are final;
 * 403/429 carrying rate-limit headers wait; 5xx, resets, timeouts and GraphQL "something went
 * wrong" answers are retried with backoff; a 200 with usable data is used.
 */
export function nextStep(result: AttemptResult, ctx: StepContext, policy: GithubWaitPolicy = defaultGithubWaitPolicy): NextStep {
  if (result.kind === 'error') {
    if (result.error === 'refused' || result.error === 'dns' || result.error === 'tls' || result.error === 'aborted') {
      return { action: 'fail', reason: `GitHub API unreachable (${result.error})`, retryable: true };
    }
    return transient(`network error (${result.error})`, ctx, policy);
  }
  const { status, headers } = result;
  if (status === 401) return { action: 'fail', reason: 'GitHub rejected the token (401 Bad credentials): check GITHUB_TOKEN', retryable: false };
  if (status === 403 || status === 429) {
    const ra = retryAfterHeaderMs(headers['retry-after'], ctx.now);
    if (ra !== undefined) return rateLimitWait(ra, 'secondary-rate-limit', ctx, policy);
    if (headers['x-ratelimit-remaining'] === '0') {
      return rateLimitWait(msUntilReset(headers, ctx.now, policy.resetSlackMs) ?? policy.secondaryDefaultMs, 'primary-rate-limit', ctx, policy);
    }
    if (status === 429 || /secondary rate limit|abuse/i.test(result.bodyText ?? '')) {
      return rateLimitWait(policy.secondaryDefaultMs, 'secondary-rate-limit', ctx, policy);
    }
    return { action: 'fail', reason: `GitHub refused the request (${status})`, retryable: false };
  }
  if (status === 408 || status >= 500) return transient(`GitHub answered ${status}`, ctx, policy);
  if (status !== 200) return { action: 'fail', reason: `GitHub answered ${status}`, retryable: false };
  if (result.failure?.kind === 'rate-limited') {
    return rateLimitWait(msUntilReset(headers, ctx.now, policy.resetSlackMs) ?? policy.secondaryDefaultMs, 'primary-rate-limit', ctx, policy);
  }
  if (result.failure) return transient(result.failure.message, ctx, policy);
  return { action: 'use' };
}

/**
 * After a good answer: how long to pause before the next request because the primary limit is
 * spent (`x-ratelimit-remaining` below what the next query costs). 0 = go on; `null` = the reset
 * is further away than we are willing to wait (stop for this run).
 */
export function pauseBeforeNext(
  headers: Record<string, string>,
  nextCost: number,
  ctx: Pick<StepContext, 'now' | 'waitedMs'>,
  policy: GithubWaitPolicy = defaultGithubWaitPolicy,
): number | null {
  const remaining = Number(headers['x-ratelimit-remaining']);
  if (headers['x-ratelimit-remaining'] === undefined || !Number.isFinite(remaining) || remaining >= nextCost) return 0;
  const wait = msUntilReset(headers, ctx.now, policy.resetSlackMs) ?? policy.secondaryDefaultMs;
  if (wait > policy.maxWaitMs || ctx.waitedMs + wait > policy.totalWaitMs) return null;
  return wait;
}
