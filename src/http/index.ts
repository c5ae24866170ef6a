/**
 * The project's shared HTTP layer. Import from here: `import { createHttpClient } from '../http/index.ts'`.
 * See client.ts for the interface and an example.
 */
export { createHttpClient, HttpError, networkErrorKind } from './client.ts';
export type { HttpClient, HttpClientOptions, HttpRequestOptions, HttpResponse } from './client.ts';
export { Limiter } from './limiter.ts';
export type { LimiterOptions } from './limiter.ts';
export { defaultRetryPolicy, parseRetryAfter, retryAfterHeaderMs, retryDelay, shouldRetry } from './retry.ts';
export type { AttemptOutcome, NetworkErrorKind, RetryPolicy } from './retry.ts';
