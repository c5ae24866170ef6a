/**
 * The one HTTP client of the project (link checker, activity fetcher, `npm run new`): a single
 * undici keep-alive Agent behind a global and a per-host concurrency limiter, with connect /
 * headers / total timeouts, the retry policy of retry.ts, and capped body reading.
 *
 * Redirects are NOT followed: the caller sees `status` and the `location` header and decides (the
 * link checker must tell a permanent move from a temporary one). A body the server compressed
 * anyway (gzip, deflate, br — we ask for `identity`) is decoded before anyone reads it.
 *
 * With `refusePrivateAddresses` (on for the link checker) no connection is made to a loopback,
 * private, link-local or metadata address, judged after DNS on every connection (guard.ts); the
 * request fails with kind `private`.
 *
 * ```ts
 * const http = createHttpClient({ perHost: 2 });
 * const res = await http.request('https://api.github.com/graphql', {
 *   method: 'POST', headers: { authorization: `bearer ${token}` }, json: { query },
 * });
 * if (res.status === 200) JSON.parse(res.body.toString('utf8'));
 * await http.close();
 * ```
 */
import type { LookupFunction } from 'node:net';
import { pipeline } from 'node:stream';
import { constants as zlib, createBrotliDecompress, createUnzip } from 'node:zlib';
import { Agent, request as undiciRequest } from 'undici';
import { createConnector } from './guard.ts';
import { Limiter } from './limiter.ts';
import {
  defaultRetryPolicy,
  parseRetryAfter,
  retryDelay,
  shouldRetry,
  type AttemptOutcome,
  type NetworkErrorKind,
  type RetryPolicy,
} from './retry.ts';

export interface HttpClientOptions {
  /** Requests in flight at once, all hosts together. Default 32. */
  concurrency?: number;
  /** Requests in flight at once to one host (`host:port`). Default 2. */
  perHost?: number;
  /** Per-host overrides, keyed by `host` (`example.org` or `127.0.0.1:8080`). */
  hosts?: Record<string, { concurrency?: number; intervalMs?: number }>;
  /** TCP/TLS connect timeout. Default 10 s. */
  connectTimeoutMs?: number;
  /** Time from sending the request to the end of the response headers. Default 15 s. */
  headersTimeoutMs?: number;
  /** Budget of one attempt, body included. Default 30 s. */
  totalTimeoutMs?: number;
  /** Default body cap for `request` (bytes). Default 1 MiB. */
  maxBodyBytes?: number;
  /** Retry policy; see retry.ts. */
  retry?: Partial<RetryPolicy>;
  /** Sent as `user-agent` unless a request sets its own. */
  userAgent?: string;
  /** Called on every 429 (host, wait) — for logs and tests. */
  onThrottle?: (host: string, retryAfterMs: number | undefined) => void;
  /**
   * Refuse to connect to loopback, private, link-local, CGNAT, unique-local, IPv4-mapped and
   * metadata addresses (private-address.ts), after DNS and on every connection. Default off.
   */
  refusePrivateAddresses?: boolean;
  /** Origins (`http://127.0.0.1:8790`) the guard lets through: configured endpoints, remap targets. */
  trustedOrigins?: readonly string[];
  /** DNS lookup for every connection (tests inject a fake resolver). Default node:dns. */
  lookup?: LookupFunction;
}

export interface HttpRequestOptions {
  method?: string;
  headers?: Record<string, string>;
  /** Raw request body. */
  body?: string | Buffer;
  /** Shortcut: JSON-encodes the value and sets `content-type: application/json`. */
  json?: unknown;
  /** Stop reading the body after this many bytes (`truncated` tells). 0 = don't read it. */
  maxBodyBytes?: number;
  /**
   * Called after each body chunk with everything read so far; returning true stops reading
   * (e.g. the fragment we look for has been seen). The response is then `truncated`.
   */
  readUntil?: (received: Buffer) => boolean;
  signal?: AbortSignal;
  /** Overrides the client's retries for this request (0 = single attempt). */
  retries?: number;
  /** Overrides the client's total timeout for this request. */
  totalTimeoutMs?: number;
}

export interface HttpResponse {
  /** The URL requested (redirects are not followed). */
  url: string;
  status: number;
  /** Lower-case header names; repeated headers joined with ", " (Set-Cookie values with "\n"). */
  headers: Record<string, string>;
  /** Body bytes read, at most `maxBodyBytes`. */
  body: Buffer;
  /** True when the body was longer than what was read. */
  truncated: boolean;
  /** Attempts made (1 = no retry). */
  attempts: number;
}

/** Thrown when no HTTP response could be had (after retries). `kind` is a closed set. */
export class HttpError extends Error {
  readonly kind: NetworkErrorKind;
  readonly url: string;
  readonly attempts: number;
  constructor(kind: NetworkErrorKind, url: string, attempts: number, cause?: unknown) {
    super(`${kind}: ${url}`, { cause });
    this.name = 'HttpError';
    this.kind = kind;
    this.url = url;
    this.attempts = attempts;
  }
}

export interface HttpClient {
  /** One HTTP exchange, retried per the policy; throws HttpError when no response came. */
  request(url: string | URL, options?: HttpRequestOptions): Promise<HttpResponse>;
  /** The limiter of a host (`host:port` as in `URL.host`), created on first use. */
  hostLimiter(host: string): Limiter;
  /** Closes the keep-alive connections. */
  close(): Promise<void>;
}

const DRAIN_BYTES = 64 * 1024;

/** Maps an undici / Node network error to our closed set of kinds. */
export function networkErrorKind(error: unknown): NetworkErrorKind {
  const seen = new Set<unknown>();
  let e: unknown = error;
  while (e && typeof e === 'object' && !seen.has(e)) {
    seen.add(e);
    const code = String((e as { code?: unknown }).code ?? '');
    const name = String((e as { name?: unknown }).name ?? '');
    if (code === 'ERR_PRIVATE_ADDRESS') return 'private';
    if (code === 'ECONNREFUSED') return 'refused';
    if (code === 'EAI_AGAIN') return 'dns-temporary';
    if (code === 'ENOTFOUND' || code === 'EAI_NONAME') return 'dns';
    if (/TIMEOUT/i.test(code) || name === 'TimeoutError' || code === 'ETIMEDOUT') return 'timeout';
    if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE' || code === 'UND_ERR_CLOSED')
      return 'reset';
    if (/CERT|TLS|SSL|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code)) return 'tls';
    if (code === 'UND_ERR_ABORTED' || name === 'AbortError') {
      const reason = (e as { cause?: unknown }).cause;
      if (reason && typeof reason === 'object' && (reason as { name?: string }).name === 'TimeoutError') return 'timeout';
    }
    e = (e as { cause?: unknown }).cause;
  }
  const code = String((error as { code?: unknown })?.code ?? '');
  if (code === 'UND_ERR_ABORTED' || (error as { name?: string })?.name === 'AbortError') return 'aborted';
  return 'other';
}

function flattenHeaders(raw: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (v === undefined) continue;
    const name = k.toLowerCase();
    // Set-Cookie values may contain ", " (Expires dates): join them with a newline, which no
    // header value can contain, so callers can split them back.
    out[name] = Array.isArray(v) ? v.join(name === 'set-cookie' ? '\n' : ', ') : v;
  }
  return out;
}

/** A retry wait that an abort cuts short; its listener goes when the wait ends either way. */
const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(t);
      reject(signal!.reason);
    };
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });

type Body = AsyncIterable<Buffer> & { destroy(err?: Error): unknown };

/**
 * The body decoded when the server compressed it although we asked for `identity` (some do):
 * a #fragment must be searched in the page, not in its gzip bytes. Undefined when it is not
 * compressed (or compressed in a way we do not know, which is then read as is). The cap still
 * applies to the decoded bytes, so a small bomb cannot grow past it.
 */
function decodeBody(body: NodeJS.ReadableStream & Body, encoding: string | undefined): Body | undefined {
  const coding = encoding?.split(',').map((c) => c.trim().toLowerCase()).filter((c) => c && c !== 'identity');
  if (!coding || coding.length !== 1) return undefined;
  // Sync flush: an empty or cut-off body (a redirect, a capped read) decodes to what it holds, as in browsers.
  const decoder =
    coding[0] === 'gzip' || coding[0] === 'x-gzip' || coding[0] === 'deflate'
      ? createUnzip({ finishFlush: zlib.Z_SYNC_FLUSH })
      : coding[0] === 'br'
        ? createBrotliDecompress({ finishFlush: zlib.BROTLI_OPERATION_FLUSH })
        : undefined;
  if (!decoder) return undefined;
  // pipeline forwards errors both ways and destroys the source when the decoder is destroyed.
  return pipeline(body, decoder, () => {}) as unknown as Body;
}

/**
 * Reads at most `max` bytes. A short remainder (up to 64 KiB past the cap) is drained so the
 * keep-alive connection can be reused; anything bigger is cut off by destroying the stream.
 */
async function readCapped(
  body: Body,
  max: number,
  contentLength: number | undefined,
  readUntil: ((received: Buffer) => boolean) | undefined,
): Promise<{ body: Buffer; truncated: boolean }> {
  const tooBigToDrain = (n: number) => n > max + DRAIN_BYTES;
  if (max === 0 && contentLength !== undefined && tooBigToDrain(contentLength)) {
    body.destroy();
    return { body: Buffer.alloc(0), truncated: true };
  }
  const chunks: Buffer[] = [];
  let kept = 0;
  let seen = 0;
  let stopped = false;
  for await (const chunk of body) {
    seen += chunk.length;
    if (kept < max) {
      const part = chunk.length > max - kept ? chunk.subarray(0, max - kept) : chunk;
      chunks.push(part);
      kept += part.length;
      stopped = readUntil?.(chunks.length === 1 ? part : Buffer.concat(chunks, kept)) ?? false;
    }
    const overCap = seen > max && (tooBigToDrain(seen) || (contentLength !== undefined && tooBigToDrain(contentLength)));
    if (stopped || overCap) {
      body.destroy();
      break;
    }
  }
  return { body: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, kept), truncated: stopped || seen > max };
}

/** Creates the client; see the module comment for an example. */
export function createHttpClient(options: HttpClientOptions = {}): HttpClient {
  const perHost = options.perHost ?? 2;
  const totalTimeoutMs = options.totalTimeoutMs ?? 30_000;
  const headersTimeoutMs = options.headersTimeoutMs ?? 15_000;
  const defaultMaxBody = options.maxBodyBytes ?? 1024 * 1024;
  const policy: RetryPolicy = { ...defaultRetryPolicy, ...options.retry };
  const agent = new Agent({
    connect: createConnector({
      timeout: options.connectTimeoutMs ?? 10_000,
      refusePrivate: options.refusePrivateAddresses ?? false,
      ...(options.trustedOrigins ? { trustedOrigins: options.trustedOrigins } : {}),
      ...(options.lookup ? { lookup: options.lookup } : {}),
    }),
    headersTimeout: headersTimeoutMs,
    bodyTimeout: totalTimeoutMs,
    keepAliveTimeout: 4_000,
    connections: Math.max(perHost, ...Object.values(options.hosts ?? {}).map((h) => h.concurrency ?? 0)),
    allowH2: false,
  });
  const global = new Limiter({ concurrency: options.concurrency ?? 32 });
  const hosts = new Map<string, Limiter>();

  function hostLimiter(host: string): Limiter {
    let l = hosts.get(host);
    if (!l) {
      const o = options.hosts?.[host];
      l = new Limiter({ concurrency: o?.concurrency ?? perHost, intervalMs: o?.intervalMs ?? 0 });
      hosts.set(host, l);
    }
    return l;
  }

  async function attempt(url: URL, o: HttpRequestOptions, timeoutMs: number): Promise<HttpResponse> {
    const method = (o.method ?? 'GET').toUpperCase();
    const headers: Record<string, string> = {
      'user-agent': options.userAgent ?? 'python-atlas (+https://github.com/python-atlas)',
      'accept-encoding': 'identity',
      ...o.headers,
    };
    let body = o.body;
    if (o.json !== undefined) {
      body = JSON.stringify(o.json);
      headers['content-type'] ??= 'application/json';
    }
    // One controller per attempt: a plain timer for the headers (undici's own is coarse, ~0.5 s
    // ticks) and one for the whole attempt; both cleared as soon as the body is read.
    const abort = new AbortController();
    const headersTimer = setTimeout(() => abort.abort(new DOMException('headers timeout', 'TimeoutError')), headersTimeoutMs);
    const totalTimer = setTimeout(() => abort.abort(new DOMException('total timeout', 'TimeoutError')), timeoutMs);
    const onCallerAbort = () => abort.abort(o.signal?.reason);
    o.signal?.addEventListener('abort', onCallerAbort, { once: true });
    try {
      const res = await undiciRequest(url, {
        dispatcher: agent,
        method: method as 'GET',
        headers,
        body: body ?? null,
        signal: abort.signal,
        bodyTimeout: timeoutMs,
      });
      clearTimeout(headersTimer);
      res.body.on('error', () => {}); // errors surface through the iterator below, or do not matter
      const flat = flattenHeaders(res.headers);
      const max = method === 'HEAD' ? 0 : (o.maxBodyBytes ?? defaultMaxBody);
      const decoded = max > 0 ? decodeBody(res.body as unknown as NodeJS.ReadableStream & Body, flat['content-encoding']) : undefined;
      // A HEAD answer has no body whatever its Content-Length says: nothing is cut off. A decoded
      // body's length is not the Content-Length.
      const len = flat['content-length'] !== undefined && method !== 'HEAD' && !decoded ? Number(flat['content-length']) : undefined;
      const read = await readCapped(decoded ?? (res.body as unknown as Body), max, Number.isFinite(len) ? len : undefined, o.readUntil);
      return { url: url.href, status: res.statusCode, headers: flat, ...read, attempts: 1 };
    } finally {
      clearTimeout(headersTimer);
      clearTimeout(totalTimer);
      o.signal?.removeEventListener('abort', onCallerAbort);
    }
  }

  async function request(input: string | URL, o: HttpRequestOptions = {}): Promise<HttpResponse> {
    const url = typeof input === 'string' ? new URL(input) : input;
    const host = hostLimiter(url.host);
    const p: RetryPolicy = o.retries === undefined ? policy : { ...policy, retries: o.retries };
    for (let n = 1; ; n++) {
      let outcome: AttemptOutcome;
      let response: HttpResponse | undefined;
      let error: unknown;
      try {
        response = await host.run(() => global.run(() => attempt(url, o, o.totalTimeoutMs ?? totalTimeoutMs), o.signal), o.signal);
        response.attempts = n;
        const retryAfterMs = parseRetryAfter(response.headers);
        outcome = { kind: 'response', status: response.status, retryAfterMs };
        if (response.status === 429) {
          // Never park a host longer than we would wait for a retry (a Retry-After of an hour
          // means "not in this run": the request is answered as is, the host stays slowed).
          host.slowDown(retryAfterMs === undefined ? undefined : Math.min(retryAfterMs, p.maxDelayMs));
          options.onThrottle?.(url.host, retryAfterMs);
        }
      } catch (e) {
        error = e;
        outcome = { kind: 'error', error: o.signal?.aborted ? 'aborted' : networkErrorKind(e) };
      }
      if (!shouldRetry(outcome, n, p)) {
        if (response) return response;
        throw new HttpError(outcome.kind === 'error' ? outcome.error : 'other', url.href, n, error);
      }
      await sleep(retryDelay(outcome, n, p), o.signal);
    }
  }

  return {
    request,
    hostLimiter,
    close: () => agent.close(),
  };
}
