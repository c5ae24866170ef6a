import { describe, expect, it } from 'vitest';
import { defaultRetryPolicy, parseRetryAfter, retryDelay, shouldRetry, type AttemptOutcome, type NetworkErrorKind } from './retry.ts';

const policy = { ...defaultRetryPolicy, retries: 2, baseDelayMs: 100, maxDelayMs: 5000 };
const res = (status: number, retryAfterMs?: number): AttemptOutcome => ({ kind: 'response', status, retryAfterMs });
const err = (error: NetworkErrorKind): AttemptOutcome => ({ kind: 'error', error });

describe('shouldRetry', () => {
  it.each([
    ['200', res(200), 1, false],
    ['404 is an answer', res(404), 1, false],
    ['410 is an answer', res(410), 1, false],
    ['301 is an answer', res(301), 1, false],
    ['500', res(500), 1, true],
    ['503', res(503), 2, true],
    ['503 after the last retry', res(503), 3, false],
    ['501 is final', res(501), 1, false],
    ['429 without Retry-After', res(429), 1, true],
    ['429 with a short Retry-After', res(429, 1000), 1, true],
    ['429 asking longer than the cap', res(429, 60_000), 1, false],
    ['403 rate limit with reset', res(403, 1000), 1, true],
    ['403 plain', res(403), 1, false],
    ['reset', err('reset'), 1, true],
    ['other network error', err('other'), 2, true],
    ['refused', err('refused'), 1, false],
    ['unknown host', err('dns'), 1, false],
    ['temporary DNS failure (EAI_AGAIN)', err('dns-temporary'), 1, true],
    ['private address (the guard refused it)', err('private'), 1, false],
    ['tls', err('tls'), 1, false],
    ['aborted', err('aborted'), 1, false],
    ['timeout (not retried by default)', err('timeout'), 1, false],
  ] as const)('%s', (_name, outcome, attempt, expected) => {
    expect(shouldRetry(outcome, attempt, policy)).toBe(expected);
  });

  it('retries timeouts when the policy says so', () => {
    expect(shouldRetry(err('timeout'), 1, { ...policy, retryTimeouts: true })).toBe(true);
  });
  it('never retries with retries = 0', () => {
    expect(shouldRetry(res(503), 1, { ...policy, retries: 0 })).toBe(false);
  });
});

describe('retryDelay', () => {
  it('grows exponentially with full jitter inside [ceil/2, ceil]', () => {
    expect(retryDelay(res(503), 1, policy, () => 0)).toBe(50);
    expect(retryDelay(res(503), 1, policy, () => 1)).toBe(100);
    expect(retryDelay(res(503), 2, policy, () => 1)).toBe(200);
    expect(retryDelay(res(503), 3, policy, () => 1)).toBe(400);
  });
  it('is capped', () => {
    expect(retryDelay(err('reset'), 20, policy, () => 1)).toBe(5000);
  });
  it('honours Retry-After, plus a little jitter, capped', () => {
    expect(retryDelay(res(429, 1000), 1, policy, () => 0)).toBe(1000);
    expect(retryDelay(res(429, 1000), 1, policy, () => 1)).toBe(1100);
    expect(retryDelay(res(429, 9000), 1, policy, () => 0)).toBe(5000);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-28T10:00:00Z');
  it.each([
    ['seconds', { 'retry-after': '2' }, 2000],
    ['fractional seconds', { 'retry-after': '0.5' }, 500],
    ['HTTP date', { 'retry-after': 'Sat, 28 Nov 2026 10:00:03 GMT' }, 3000],
    ['date in the past', { 'retry-after': 'Sat, 28 Nov 2026 09:00:00 GMT' }, 0],
    ['GitHub rate limit exhausted', { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 7) }, 7000],
    ['GitHub rate limit not exhausted', { 'x-ratelimit-remaining': '10', 'x-ratelimit-reset': String(now / 1000 + 7) }, undefined],
    ['nothing', {}, undefined],
    ['garbage', { 'retry-after': 'soon' }, undefined],
  ] as const)('%s', (_name, headers, expected) => {
    expect(parseRetryAfter(headers, now)).toBe(expected);
  });
});
