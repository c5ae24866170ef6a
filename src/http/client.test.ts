import { getEventListeners } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient, HttpError } from './client.ts';
import { startServer, type TestServer } from '../test-support/http-server.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let srv: TestServer;
const hugeSent: number[] = [];

beforeAll(async () => {
  srv = await startServer({
    '/ok': (_q, r) => void r.writeHead(200, { 'content-type': 'text/plain' }).end('hello'),
    '/echo': async (q, r) => {
      let raw = '';
      for await (const c of q) raw += c;
      r.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ method: q.method, type: q.headers['content-type'], raw }));
    },
    '/moved': (_q, r) => void r.writeHead(301, { location: '/ok' }).end(),
    '/slow': async (_q, r) => {
      await sleep(60);
      r.writeHead(200).end('slow');
    },
    '/hang': () => {},
    '/reset': (q) => void q.socket.destroy(),
    '/flaky': (_q, r, n) => void (n === 1 ? r.writeHead(503).end() : r.writeHead(200).end('fine')),
    '/throttled': (_q, r, n) => void (n === 1 ? r.writeHead(429, { 'retry-after': '1' }).end() : r.writeHead(200).end('fine')),
    '/error': (_q, r) => void r.writeHead(500).end(),
    '/closed-for-an-hour': (_q, r) => void r.writeHead(429, { 'retry-after': '3600' }).end(),
    '/huge': async (_q, r) => {
      r.writeHead(200, { 'content-length': String(50 * 2 ** 20) });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      let sent = 0;
      r.once('close', () => hugeSent.push(sent));
      for (; sent < 50 * 2 ** 20 && !r.destroyed; sent += chunk.length) {
        if (!r.write(chunk)) await new Promise((d) => { r.once('drain', d); r.once('close', d); });
      }
      r.end();
    },
    '/trickle': async (_q, r) => {
      r.writeHead(200);
      for (let i = 0; i < 50 && !r.destroyed; i++) {
        r.write('x');
        await sleep(20);
      }
      r.end();
    },
  });
});
afterAll(() => srv.close());

describe('createHttpClient', () => {
  it('returns status, lower-case headers and the body', async () => {
    const http = createHttpClient();
    const res = await http.request(`${srv.origin}/ok`);
    expect(res).toMatchObject({ status: 200, truncated: false, attempts: 1, url: `${srv.origin}/ok` });
    expect(res.headers['content-type']).toBe('text/plain');
    expect(res.body.toString()).toBe('hello');
    await http.close();
  });

  it('POSTs a JSON body (as GraphQL needs)', async () => {
    const http = createHttpClient();
    const res = await http.request(`${srv.origin}/echo`, { method: 'POST', json: { query: '{ viewer { login } }' } });
    expect(JSON.parse(res.body.toString())).toEqual({
      method: 'POST',
      type: 'application/json',
      raw: '{"query":"{ viewer { login } }"}',
    });
    await http.close();
  });

  it('does not follow redirects: the caller gets status and location', async () => {
    const http = createHttpClient();
    const res = await http.request(`${srv.origin}/moved`);
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe('/ok');
    await http.close();
  });

  it('reads no more than maxBodyBytes of a 50 MB body and cuts the connection', async () => {
    const http = createHttpClient();
    const res = await http.request(`${srv.origin}/huge`, { maxBodyBytes: 1000 });
    expect(res.status).toBe(200);
    expect(res.body.length).toBe(1000);
    expect(res.truncated).toBe(true);
    for (let i = 0; i < 1000 && hugeSent.length === 0; i++) await sleep(10);
    expect(hugeSent[0]).toBeLessThan(25 * 2 ** 20); // the connection was cut, not drained
    const head = await http.request(`${srv.origin}/huge`, { maxBodyBytes: 0 });
    expect(head.body.length).toBe(0);
    await http.close();
  });

  it('stops reading when readUntil says so', async () => {
    const http = createHttpClient();
    let calls = 0;
    const res = await http.request(`${srv.origin}/huge`, {
      maxBodyBytes: 10 * 2 ** 20,
      readUntil: () => ++calls >= 2,
    });
    expect(res.truncated).toBe(true);
    expect(res.body.length).toBeLessThan(10 * 2 ** 20);
    await http.close();
  });

  it('gives up on a server that never answers with the headers timeout, long before the total one', async () => {
    // The total timeout is longer than the test's own timeout: only the headers timeout can end it.
    const http = createHttpClient({ headersTimeoutMs: 200, totalTimeoutMs: 120_000 });
    const e = await http.request(`${srv.origin}/hang`).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(HttpError);
    expect((e as HttpError).kind).toBe('timeout');
    await http.close();
  });

  it('enforces the total timeout on a body that trickles', async () => {
    const http = createHttpClient({ totalTimeoutMs: 300 });
    const e = await http.request(`${srv.origin}/trickle`).catch((x: unknown) => x);
    expect((e as HttpError).kind).toBe('timeout');
    await http.close();
  });

  it('retries a reset connection, then reports it as reset', async () => {
    const http = createHttpClient({ retry: { retries: 2, baseDelayMs: 10 } });
    const before = srv.hits.get('/reset') ?? 0;
    const e = await http.request(`${srv.origin}/reset`).catch((x: unknown) => x);
    expect((e as HttpError).kind).toBe('reset');
    expect((e as HttpError).attempts).toBe(3);
    expect(srv.hits.get('/reset')! - before).toBe(3);
    await http.close();
  });

  it('does not retry a refused connection', async () => {
    const http = createHttpClient({ retry: { baseDelayMs: 10 } });
    const e = await http.request('http://127.0.0.1:1/x').catch((x: unknown) => x);
    expect((e as HttpError).kind).toBe('refused');
    expect((e as HttpError).attempts).toBe(1);
    await http.close();
  });

  it('retries a 503 and returns the 200 that follows', async () => {
    const http = createHttpClient({ retry: { baseDelayMs: 10 } });
    const res = await http.request(`${srv.origin}/flaky`);
    expect(res.status).toBe(200);
    expect(res.attempts).toBe(2);
    await http.close();
  });

  it('leaves no abort listener on the caller\'s signal after retries (one signal serves a whole run)', async () => {
    const http = createHttpClient({ retry: { retries: 2, baseDelayMs: 5 } });
    const run = new AbortController();
    const res = await http.request(`${srv.origin}/error`, { signal: run.signal });
    expect(res.attempts).toBe(3);
    expect(getEventListeners(run.signal, 'abort')).toHaveLength(0);
    await http.close();
  });

  it('returns a persistent 500 after the retries', async () => {
    const http = createHttpClient({ retry: { retries: 1, baseDelayMs: 10 } });
    const res = await http.request(`${srv.origin}/error`);
    expect(res.status).toBe(500);
    expect(res.attempts).toBe(2);
    await http.close();
  });

  it('honours Retry-After on a 429 and slows the host for the rest of the run', async () => {
    const throttled: string[] = [];
    const http = createHttpClient({ perHost: 2, onThrottle: (h) => throttled.push(h) });
    const t0 = Date.now();
    const res = await http.request(`${srv.origin}/throttled`);
    expect(res.status).toBe(200);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(950);
    expect(throttled).toEqual([new URL(srv.origin).host]);
    expect(http.hostLimiter(new URL(srv.origin).host).concurrency).toBe(1);
    await http.close();
  });

  it('keeps at most perHost requests in flight to one host', async () => {
    const other = await startServer({ '/slow': async (_q, r) => { await sleep(40); r.writeHead(200).end(); } });
    const http = createHttpClient({ perHost: 2, concurrency: 32 });
    await Promise.all(Array.from({ length: 12 }, () => http.request(`${other.origin}/slow`)));
    expect(other.peak).toBe(2);
    await http.close();
    await other.close();
  });

  it('keeps at most `concurrency` requests in flight overall', async () => {
    const a = await startServer({ '/slow': async (_q, r) => { await sleep(40); r.writeHead(200).end(); } });
    const b = await startServer({ '/slow': async (_q, r) => { await sleep(40); r.writeHead(200).end(); } });
    const http = createHttpClient({ perHost: 4, concurrency: 1 });
    await Promise.all(Array.from({ length: 6 }, (_, i) => http.request(`${(i % 2 ? a : b).origin}/slow`)));
    expect(a.peak + b.peak).toBeLessThanOrEqual(2);
    expect(Math.max(a.peak, b.peak)).toBe(1);
    await http.close();
    await Promise.all([a.close(), b.close()]);
  });

  it('answers a 429 asking for an hour at once, and parks the host no longer than the retry cap', async () => {
    const http = createHttpClient({ retry: { maxDelayMs: 200 } });
    const res = await http.request(`${srv.origin}/closed-for-an-hour`);
    expect(res.status).toBe(429);
    expect(res.attempts).toBe(1);
    expect(http.hostLimiter(new URL(srv.origin).host).resumesAt - Date.now()).toBeLessThanOrEqual(200);
    expect((await http.request(`${srv.origin}/ok`)).status).toBe(200);
    await http.close();
  });

  it('applies per-host overrides: one request at a time, spaced out (as for github.com)', async () => {
    const s2 = await startServer({ '/p': async (_q, r) => { await sleep(10); r.writeHead(200).end(); } });
    const host = new URL(s2.origin).host;
    const http = createHttpClient({ perHost: 4, hosts: { [host]: { concurrency: 1, intervalMs: 30 } } });
    const t0 = Date.now();
    await Promise.all(Array.from({ length: 5 }, () => http.request(`${s2.origin}/p`)));
    expect(s2.peak).toBe(1);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(4 * 30);
    await http.close();
    await s2.close();
  });

  it('answers a HEAD that announces a huge body with an empty, untruncated body', async () => {
    const s2 = await startServer({ '/head': (_q, r) => void r.writeHead(200, { 'content-length': String(50 * 2 ** 20) }).end() });
    const http = createHttpClient();
    const res = await http.request(`${s2.origin}/head`, { method: 'HEAD' });
    expect(res).toMatchObject({ status: 200, truncated: false });
    expect(res.body.length).toBe(0);
    expect(res.headers['content-length']).toBe(String(50 * 2 ** 20));
    await http.close();
    await s2.close();
  });
});
