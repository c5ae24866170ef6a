import { describe, expect, it } from 'vitest';
import { defaultGithubWaitPolicy, nextStep, pauseBeforeNext, type AttemptResult, type NextStep } from './rate-limit.ts';

const now = 1_800_000_000_000;
const resetIn = (s: number) => String(Math.floor(now / 1000) + s);
const ctx = { attempt: 1, rateLimitAttempts: 0, waitedMs: 0, now, random: () => 0.5 };
const res = (status: number, headers: Record<string, string> = {}, extra: Partial<Extract<AttemptResult, { kind: 'response' }>> = {}): AttemptResult =>
  ({ kind: 'response', status, headers, ...extra });

describe('nextStep', () => {
  const table: Array<[string, AttemptResult, Partial<typeof ctx>, NextStep | { action: NextStep['action']; reason?: unknown }]> = [
    ['200 with data is used', res(200), {}, { action: 'use' }],
    ['401 is final and names the token variable', res(401), {}, { action: 'fail', reason: 'GitHub rejected the token (401 Bad credentials): check GITHUB_TOKEN', retryable: false }],
    ['secondary limit waits retry-after', res(403, { 'retry-after': '7' }), {}, { action: 'retry', waitMs: 7000, reason: 'secondary-rate-limit' }],
    ['429 with retry-after waits it', res(429, { 'retry-after': '2' }), {}, { action: 'retry', waitMs: 2000, reason: 'secondary-rate-limit' }],
    ['secondary limit without retry-after waits a minute', res(403, {}, { bodyText: 'You have exceeded a secondary rate limit' }), {}, { action: 'retry', waitMs: 60_000, reason: 'secondary-rate-limit' }],
    ['primary limit waits until reset plus slack', res(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': resetIn(30) }), {}, { action: 'retry', waitMs: 31_000, reason: 'primary-rate-limit' }],
    ['GraphQL RATE_LIMITED waits until reset', res(200, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': resetIn(5) }, { failure: { kind: 'rate-limited', message: 'x' } }), {}, { action: 'retry', waitMs: 6000, reason: 'primary-rate-limit' }],
    ['a reset beyond the cap gives up', res(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': resetIn(3600) }), {}, { action: 'fail' }],
    ['the run budget bounds the sum of waits', res(403, { 'retry-after': '60' }), { waitedMs: defaultGithubWaitPolicy.totalWaitMs - 1000 }, { action: 'fail' }],
    ['rate-limit resends are bounded', res(403, { 'retry-after': '1' }), { rateLimitAttempts: 3 }, { action: 'fail' }],
    ['plain 403 is final', res(403), {}, { action: 'fail', reason: 'GitHub refused the request (403)', retryable: false }],
    ['502 is retried with backoff', res(502), {}, { action: 'retry', waitMs: 750, reason: 'transient' }],
    ['502 after all retries fails', res(502), { attempt: 4 }, { action: 'fail' }],
    ['GraphQL "something went wrong" is retried', res(200, {}, { failure: { kind: 'query-error', message: 'Something went wrong' } }), {}, { action: 'retry', waitMs: 750, reason: 'transient' }],
    ['malformed JSON is retried', res(200, {}, { failure: { kind: 'malformed', message: 'bad' } }), { attempt: 2 }, { action: 'retry', waitMs: 1500, reason: 'transient' }],
    ['connection reset is retried', { kind: 'error', error: 'reset' }, {}, { action: 'retry', waitMs: 750, reason: 'transient' }],
    ['timeout is retried', { kind: 'error', error: 'timeout' }, {}, { action: 'retry', waitMs: 750, reason: 'transient' }],
    ['refused is final for this run', { kind: 'error', error: 'refused' }, {}, { action: 'fail', reason: 'GitHub API unreachable (refused)', retryable: true }],
    ['404 is final', res(404), {}, { action: 'fail', reason: 'GitHub answered 404', retryable: false }],
  ];
  it.each(table)('%s', (_name, result, over, expected) => {
    const step = nextStep(result, { ...ctx, ...over });
    expect(step).toMatchObject(expected);
  });
});

describe('pauseBeforeNext', () => {
  it('goes on while requests remain', () => {
    expect(pauseBeforeNext({ 'x-ratelimit-remaining': '10' }, 1, { now, waitedMs: 0 })).toBe(0);
    expect(pauseBeforeNext({}, 1, { now, waitedMs: 0 })).toBe(0);
  });
  it('waits for the reset when the limit is spent', () => {
    expect(pauseBeforeNext({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': resetIn(10) }, 1, { now, waitedMs: 0 })).toBe(11_000);
  });
  it('says stop when the reset is too far away', () => {
    expect(pauseBeforeNext({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': resetIn(7200) }, 1, { now, waitedMs: 0 })).toBeNull();
  });
});
