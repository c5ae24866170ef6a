/** checkPage against a real node:http server on 127.0.0.1 playing every behaviour of the web. */
import type { LookupFunction } from 'node:net';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient, type HttpClient } from '../http/index.ts';
import { page, startServer, type TestServer } from '../test-support/http-server.ts';
import { checkPage } from './check.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let srv: TestServer;
let other: TestServer;
let http: HttpClient;
const none = new Set<string>();
const bigSent: number[] = [];

beforeAll(async () => {
  other = await startServer({ '/ok/*': (_q, r) => void r.writeHead(200, { 'content-type': 'text/html' }).end(page('top')) });
  srv = await startServer({
    '/ok': (_q, r) => void r.writeHead(200, { 'content-type': 'text/html' }).end(page('present')),
    '/missing': (_q, r) => void r.writeHead(404).end('no'),
    '/gone': (_q, r) => void r.writeHead(410).end('gone'),
    '/error': (_q, r) => void r.writeHead(500).end('boom'),
    '/botwall': (_q, r) => void r.writeHead(403, { 'cf-mitigated': 'challenge' }).end('Just a moment'),
    '/nohead': (q, r) => void (q.method === 'HEAD' ? r.writeHead(405, { allow: 'GET' }).end() : r.writeHead(200).end(page())),
    '/headlies': (q, r) => void (q.method === 'HEAD' ? r.writeHead(404).end() : r.writeHead(200).end(page())),
    '/moved': (_q, r) => void r.writeHead(301, { location: `${other.origin}/ok/1` }).end(),
    '/moved308': (_q, r) => void r.writeHead(308, { location: `${other.origin}/ok/2` }).end(),
    '/temp': (_q, r) => void r.writeHead(302, { location: '/ok' }).end(),
    '/chain': (q, r) => {
      const n = Number(new URL(q.url!, 'http://x').searchParams.get('n') ?? 3);
      r.writeHead(302, { location: n <= 1 ? '/ok' : `/chain?n=${n - 1}` }).end();
    },
    '/to-missing': (_q, r) => void r.writeHead(301, { location: '/missing' }).end(),
    '/loop': (_q, r) => void r.writeHead(302, { location: '/loop' }).end(),
    '/cookie-loop': (_q, r) => void r.writeHead(302, { location: '/cookie-loop', 'set-cookie': 'session=1; Path=/' }).end(),
    '/cookie-gate': (q, r) =>
      void (/(^|; )consent=yes(;|$)/.test(q.headers.cookie ?? '') && /(^|; )sid=7(;|$)/.test(q.headers.cookie ?? '')
        ? r.writeHead(200).end(page())
        : r.writeHead(302, { location: '/cookie-gate', 'set-cookie': ['consent=yes; Expires=Wed, 21 Oct 2037 07:28:00 GMT; Path=/', 'sid=7; HttpOnly'] }).end()),
    '/pingpong-a': (_q, r) => void r.writeHead(302, { location: '/pingpong-b' }).end(),
    '/pingpong-b': (_q, r) => void r.writeHead(302, { location: '/pingpong-a' }).end(),
    '/endless': (q, r) => {
      const n = Number(new URL(q.url!, 'http://x').searchParams.get('n') ?? 0);
      r.writeHead(302, { location: `/endless?n=${n + 1}` }).end();
    },
    '/hang': () => {},
    '/reset': (q) => void q.socket.destroy(),
    '/flaky': (_q, r, n) => void (n <= 1 ? r.writeHead(503).end() : r.writeHead(200).end(page())),
    '/flaky-get': (q, r) => void (q.method === 'HEAD' ? r.writeHead(503).end() : r.writeHead(200).end(page())),
    '/throttled': (_q, r, n) => void (n <= 1 ? r.writeHead(429, { 'retry-after': '1' }).end() : r.writeHead(200).end(page())),
    '/big': async (q, r) => {
      r.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 2 ** 20) });
      if (q.method === 'HEAD') return void r.end();
      r.write('<html><body><h1 id="early">x</h1>');
      const chunk = Buffer.alloc(64 * 1024, 'a');
      let sent = 0;
      r.once('close', () => bigSent.push(sent));
      for (; sent < 50 * 2 ** 20 && !r.destroyed; sent += chunk.length) {
        if (!r.write(chunk)) await new Promise((d) => { r.once('drain', d); r.once('close', d); });
      }
      r.end();
    },
    '/json': (_q, r) => void r.writeHead(200, { 'content-type': 'application/json' }).end('{}'),
    '/to-ftp': (_q, r) => void r.writeHead(301, { location: 'ftp://127.0.0.1/file.tar.gz' }).end(),
    // Compressed although we asked for identity, as some servers do.
    '/gzip': (q, r) => void r.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(q.method === 'HEAD' ? undefined : gzipSync(page('zipped'))),
    '/deflate': (_q, r) => void r.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'deflate' }).end(deflateSync(page('deflated'))),
    '/br': (_q, r) => void r.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'br' }).end(brotliCompressSync(page('brotli'))),
    '/gzip-redirect': (_q, r) => void r.writeHead(301, { location: '/gzip', 'content-encoding': 'gzip', 'content-length': '0' }).end(),
  });
  http = createHttpClient({ headersTimeoutMs: 300, totalTimeoutMs: 1500, retry: { baseDelayMs: 10 } });
});
afterAll(async () => {
  await http.close();
  await srv.close();
  await other.close();
});

const check = (path: string, fragments: Set<string> = none) => checkPage(`${srv.origin}${path}`, fragments, { http });

describe('checkPage verdicts', () => {
  it.each([
    ['/ok', 'ok', 200, undefined],
    ['/missing', 'dead', 404, '404'],
    ['/gone', 'dead', 410, '410'],
    ['/error', 'unknown', 500, '500'],
    ['/botwall', 'unknown', 403, 'bot wall (403)'],
    ['/temp', 'ok', 200, undefined],
    ['/chain?n=3', 'ok', 200, undefined],
    ['/loop', 'dead', 302, 'redirect loop'],
    ['/pingpong-a', 'dead', 302, 'redirect loop'],
    ['/cookie-loop', 'unknown', 302, 'redirect loop (sets cookies)'],
    ['/cookie-gate', 'ok', 200, undefined],
    ['/chain?n=12', 'ok', 200, undefined],
    ['/chain?n=20', 'ok', 200, undefined],
    ['/chain?n=21', 'dead', 302, 'more than 20 redirects'],
    ['/endless', 'dead', 302, 'more than 20 redirects'],
    ['/to-missing', 'dead', 404, '404'],
    ['/to-ftp', 'unknown', 301, 'redirects to ftp: (not checked over HTTP)'],
  ])('%s → %s', async (path, verdict, status, reason) => {
    const r = await check(path);
    expect(r.verdict).toBe(verdict);
    expect(r.status).toBe(status);
    expect(r.reason).toBe(reason);
  });

  it('tells a permanent move (301, 308) apart and reports where the page went', async () => {
    expect(await check('/moved')).toMatchObject({ verdict: 'redirected', finalUrl: `${other.origin}/ok/1` });
    expect(await check('/moved308')).toMatchObject({ verdict: 'redirected', finalUrl: `${other.origin}/ok/2` });
  });

  it('undoes remaps in the reported final URL', async () => {
    const r = await checkPage('https://moved.example/moved', none, { http, remaps: [{ from: 'https://moved.example', to: srv.origin }, { from: 'https://other.example', to: other.origin }] });
    expect(r).toMatchObject({ verdict: 'redirected', finalUrl: 'https://other.example/ok/1' });
  });

  it('falls back to GET when HEAD is refused (405) or lies (404)', async () => {
    expect((await check('/nohead')).verdict).toBe('ok');
    expect((await check('/headlies')).verdict).toBe('ok');
    expect(srv.methods.get('/headlies')).toEqual(['HEAD', 'GET']);
  });

  it('does not retry HEAD: a failing HEAD goes straight to GET', async () => {
    expect((await check('/flaky-get')).verdict).toBe('ok');
    expect(srv.methods.get('/flaky-get')).toEqual(['HEAD', 'GET']);
  });

  it('a one-off 503 then 200 is ok', async () => {
    expect((await check('/flaky')).verdict).toBe('ok');
  });

  it('a 429 with Retry-After is waited out, then ok', async () => {
    const t0 = Date.now();
    expect((await check('/throttled')).verdict).toBe('ok');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(950);
  });

  it('a server that never answers is unknown (timeout), not dead, and is not asked again and again', async () => {
    expect(await check('/hang')).toMatchObject({ verdict: 'unknown', reason: 'timeout' });
    expect(srv.methods.get('/hang')).toEqual(['HEAD']);
  });

  it('a reset connection is unknown', async () => {
    expect(await check('/reset')).toMatchObject({ verdict: 'unknown', reason: 'connection reset' });
  });

  it('a refused connection is dead', async () => {
    expect(await checkPage('http://127.0.0.1:1/x', none, { http })).toMatchObject({ verdict: 'dead', reason: 'connection refused' });
  });

  it('a 50 MB page costs nothing: HEAD, or a GET read only until the fragment shows up', async () => {
    expect((await check('/big')).verdict).toBe('ok');
    expect(srv.methods.get('/big')).toEqual(['HEAD']);
    const r = await check('/big', new Set(['early']));
    expect(r.fragments.get('early')).toBe('found');
    for (let i = 0; i < 100 && bigSent.length === 0; i++) await sleep(10);
    // The server gave up sending long before the end: we closed the connection.
    expect(bigSent[0]).toBeLessThan(25 * 2 ** 20);
  });
});

describe('fragments', () => {
  it('finds present ids and reports missing ones', async () => {
    const r = await check('/ok', new Set(['present', 'absent']));
    expect(r.verdict).toBe('ok');
    expect(r.fragments).toEqual(new Map([['present', 'found'], ['absent', 'missing']]));
  });
  it('follows redirects to the page that holds the ids', async () => {
    expect((await check('/temp', new Set(['present']))).fragments.get('present')).toBe('found');
  });
  it('cannot tell on a page that is not HTML', async () => {
    expect((await check('/json', new Set(['x']))).fragments.get('x')).toBe('undecided');
  });
});

describe('compressed pages (issue 12, finding 8)', () => {
  it.each([
    ['/gzip', 'zipped'],
    ['/deflate', 'deflated'],
    ['/br', 'brotli'],
  ])('%s is decoded before the fragment is looked for', async (path, id) => {
    const r = await check(path, new Set([id, 'absent']));
    expect(r.verdict).toBe('ok');
    expect(r.fragments).toEqual(new Map([[id, 'found'], ['absent', 'missing']]));
  });
  it('an empty compressed redirect body is no error', async () => {
    expect((await check('/gzip-redirect', new Set(['zipped']))).fragments.get('zipped')).toBe('found');
  });
});

describe('DNS and private addresses (issue 12, findings 6 and 8)', () => {
  const failing = (code: string) =>
    ((_h: string, _o: unknown, cb: (e: Error) => void) => cb(Object.assign(new Error(`getaddrinfo ${code} x`), { code }))) as unknown as LookupFunction;

  it('a temporary DNS failure is unknown, so a run without network marks nothing dead; an unknown host is dead', async () => {
    const offline = createHttpClient({ lookup: failing('EAI_AGAIN'), retry: { baseDelayMs: 1 } });
    expect(await checkPage('https://example.org/', none, { http: offline })).toMatchObject({ verdict: 'unknown', reason: 'DNS lookup failed (temporary)' });
    await offline.close();
    const nxdomain = createHttpClient({ lookup: failing('ENOTFOUND'), retry: { baseDelayMs: 1 } });
    expect(await checkPage('https://no-such-host.example/', none, { http: nxdomain })).toMatchObject({ verdict: 'dead', reason: 'unknown host' });
    await nxdomain.close();
  });

  it('a redirect into a private address is not followed: unknown, "private address, not checked"', async () => {
    // srv plays a public site (trusted origin); its redirect leads to `other`, which is not trusted.
    const guarded = createHttpClient({ refusePrivateAddresses: true, trustedOrigins: [srv.origin], retry: { baseDelayMs: 1 } });
    const before = other.hits.get('/ok/1') ?? 0;
    expect(await checkPage(`${srv.origin}/moved`, none, { http: guarded })).toEqual({ verdict: 'unknown', reason: 'private address, not checked', fragments: new Map() });
    expect(other.hits.get('/ok/1') ?? 0).toBe(before);
    expect(await checkPage(`${other.origin}/ok/direct`, none, { http: guarded })).toMatchObject({ verdict: 'unknown', reason: 'private address, not checked' });
    await guarded.close();
  });
});

describe('politeness', () => {
  it('never has more than the per-host limit in flight', async () => {
    const s = await startServer({ '/p/*': async (_q, r) => { await sleep(20); r.writeHead(200).end(); } });
    const c = createHttpClient({ perHost: 2 });
    await Promise.all(Array.from({ length: 20 }, (_, i) => checkPage(`${s.origin}/p/${i}`, none, { http: c })));
    expect(s.peak).toBe(2);
    await c.close();
    await s.close();
  });
});
