/**
 * The one retry policy of the project: which outcomes are worth another try, and how long to
 * wait before it. Pure functions, so every decision is table-tested (see retry.test.ts) and the
 * HTTP client stays a thin loop around them.
 */

/** Why a request produced no HTTP response at all (a closed set, so callers can classify). */
export type NetworkErrorKind =
  | 'refused' // nothing listens (ECONNREFUSED)
  | 'dns' // the host name does not exist (ENOTFOUND, EAI_NONAME)
  | 'dns-temporary' // the resolver could not answer now (EAI_AGAIN): no network, a DNS outage
  | 'private' // the address is loopback, private, link-local or metadata and the guard is on
  | 'timeout' // connect, headers, body or total timeout
  | 'reset' // the peer closed or reset the connection mid-request
  | 'tls' // certificate or handshake failure
  | 'aborted' // the caller's AbortSignal fired
  | 'other';

/** What one attempt ended with. */
export type AttemptOutcome =
  | { kind: 'response'; status: number; retryAfterMs?: number | undefined }
  | { kind: 'error'; error: NetworkErrorKind };

export interface RetryPolicy {
  /** Retries after the first attempt (0 = never retry). */
  retries: number;
  /** First backoff step; step n waits up to `baseDelayMs * 2^n` (full jitter). */
  baseDelayMs: number;
  /** Upper bound of a backoff step, and of any Retry-After we are willing to wait for. */
  maxDelayMs: number;
  /** Retry timeouts too? Off by default: a hanging server would cost the full timeout again. */
  retryTimeouts: boolean;
}

/** Two retries, 300 ms first step, nothing waited longer than 10 s, timeouts not retried. */
export const defaultRetryPolicy: RetryPolicy = {
  retries: 2,
  baseDelayMs: 300,
  maxDelayMs: 10_000,
  retryTimeouts: false,
};

/** Statuses that say "try again later" rather than "this is the answer". */
const RETRYABLE_STATUS = new Set([408, 429, 500, 502, 503, 504]);

/**
 * Decides whether to try again after `attempt` attempts (1 = the first one failed). Network
 * faults, temporary DNS failures, 5xx and 429 are retried; refusals, unknown hosts, private
 * addresses, TLS failures and aborts are final answers; a Retry-After longer than `maxDelayMs`
 * means "not within this run", so no retry.
 */
export function shouldRetry(outcome: AttemptOutcome, attempt: number, policy: RetryPolicy): boolean {
  if (attempt > policy.retries) return false;
  if (outcome.kind === 'error') {
    if (outcome.error === 'reset' || outcome.error === 'other' || outcome.error === 'dns-temporary') return true;
    if (outcome.error === 'timeout') return policy.retryTimeouts;
    return false;
  }
  const rateLimited = outcome.status === 403 && outcome.retryAfterMs !== undefined;
  if (!RETRYABLE_STATUS.has(outcome.status) && !rateLimited) return false;
  if (outcome.retryAfterMs !== undefined && outcome.retryAfterMs > policy.maxDelayMs) return false;
  return true;
}

/**
 * How long to wait before attempt `attempt + 1`: the server's Retry-After when it gave one
 * (capped, plus a little jitter so parallel clients do not return in lockstep), else exponential
 * backoff with full jitter.
 */
export function retryDelay(
  outcome: AttemptOutcome,
  attempt: number,
  policy: RetryPolicy,
  random: () => number = Math.random,
): number {
  if (outcome.kind === 'response' && outcome.retryAfterMs !== undefined) {
    const jitter = Math.min(250, outcome.retryAfterMs * 0.1) * random();
    return Math.min(policy.maxDelayMs, outcome.retryAfterMs + jitter);
  }
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}

type HeaderBag = Record<string, string | string[] | undefined>;

function header(headers: HeaderBag, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/**
 * One `Retry-After` value (seconds or an HTTP date) in milliseconds from `now`; undefined when
 * absent or unreadable. Shared with GitHub's rate-limit decisions so both read it the same way.
 */
export function retryAfterHeaderMs(value: string | undefined, now: number = Date.now()): number | undefined {
  const ra = value?.trim();
  if (!ra) return undefined;
  if (/^\d+(\.\d+)?$/.test(ra)) return Math.round(Number(ra) * 1000);
  const at = Date.parse(ra);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * Reads how long the server asks us to wait: `Retry-After` (seconds or an HTTP date), or GitHub
 * style `x-ratelimit-remaining: 0` + `x-ratelimit-reset` (epoch seconds). Undefined when the
 * response says nothing about waiting.
 */
export function parseRetryAfter(headers: HeaderBag, now: number = Date.now()): number | undefined {
  const ra = retryAfterHeaderMs(header(headers, 'retry-after'), now);
  if (ra !== undefined) return ra;
  if (header(headers, 'x-ratelimit-remaining') === '0') {
    const reset = Number(header(headers, 'x-ratelimit-reset'));
    if (Number.isFinite(reset) && reset > 0) return Math.max(0, reset * 1000 - now);
  }
  return undefined;
}
