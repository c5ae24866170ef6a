/**
 * Issue 12, finding 6, at the HTTP client: with the guard on, no connection reaches a loopback,
 * private or metadata address — IP literals in any spelling, names that resolve there (real
 * `localhost`, and names from an injected resolver) — while trusted origins still connect. Real
 * node:http servers on 127.0.0.1 count what reached them.
 */
import type { LookupFunction } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { page, startServer, type TestServer } from '../test-support/http-server.ts';
import { createHttpClient, HttpError, type HttpClient } from './index.ts';

let srv: TestServer;
let port: number;

beforeAll(async () => {
  srv = await startServer({ '/*': (_q, r) => void r.writeHead(200, { 'content-type': 'text/html' }).end(page('x')) });
  port = Number(new URL(srv.origin).port);
});
afterAll(() => srv.close());

const total = () => [...srv.hits.values()].reduce((a, b) => a + b, 0);

/** A resolver that answers from a table, counting questions (the connect path must ask once). */
function fakeDns(table: Record<string, string[] | NodeJS.ErrnoException>) {
  const asked: string[] = [];
  const lookup = ((hostname: string, options: { all?: boolean }, callback: (...a: unknown[]) => void) => {
    asked.push(hostname);
    const answer = table[hostname];
    if (!answer) return callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }));
    if (!Array.isArray(answer)) return callback(answer);
    const all = answer.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
    return options.all ? callback(null, all) : callback(null, all[0]!.address, all[0]!.family);
  }) as unknown as LookupFunction;
  return { lookup, asked };
}

async function kindOf(http: HttpClient, url: string): Promise<string> {
  try {
    await http.request(url, { retries: 0 });
    return 'response';
  } catch (e) {
    if (e instanceof HttpError) return e.kind;
    throw e;
  }
}

describe('the private-address guard', () => {
  it('refuses loopback in every spelling without connecting', async () => {
    const http = createHttpClient({ refusePrivateAddresses: true });
    const before = total();
    for (const host of ['127.0.0.1', '2130706433', '0x7f.1', '017700000001', '127.1', '[::1]', '[::ffff:127.0.0.1]', 'localhost']) {
      expect([host, await kindOf(http, `http://${host}:${port}/p`)]).toEqual([host, 'private']);
    }
    expect(total()).toBe(before);
    await http.close();
  });

  it('judges the address a name resolves to, asked once per connection (no second lookup to race)', async () => {
    const dns = fakeDns({ 'evil.test': ['127.0.0.1'], 'meta.test': ['169.254.169.254'], 'mixed.test': ['10.0.0.1', '127.0.0.1'] });
    const http = createHttpClient({ refusePrivateAddresses: true, lookup: dns.lookup });
    const before = total();
    for (const name of ['evil.test', 'meta.test', 'mixed.test']) expect(await kindOf(http, `http://${name}:${port}/p`)).toBe('private');
    expect(dns.asked).toEqual(['evil.test', 'meta.test', 'mixed.test']);
    expect(total()).toBe(before);
    await http.close();
  });

  it('lets trusted origins through, and only them', async () => {
    const http = createHttpClient({ refusePrivateAddresses: true, trustedOrigins: [srv.origin] });
    const before = total();
    expect(await kindOf(http, `${srv.origin}/trusted`)).toBe('response');
    expect(await kindOf(http, `http://localhost:${port}/other-origin`)).toBe('private');
    expect(total()).toBe(before + 1);
    await http.close();
  });

  it('is off by default (activity, report-issue and tests reach their configured loopback servers)', async () => {
    const http = createHttpClient();
    expect(await kindOf(http, `http://localhost:${port}/off`)).toBe('response');
    await http.close();
  });

  it('tells a temporary DNS failure (EAI_AGAIN) from an unknown host (ENOTFOUND)', async () => {
    const again = Object.assign(new Error('getaddrinfo EAI_AGAIN down.test'), { code: 'EAI_AGAIN' });
    const dns = fakeDns({ 'down.test': again });
    const http = createHttpClient({ lookup: dns.lookup, retry: { retries: 1, baseDelayMs: 1 } });
    expect(await kindOf(http, 'http://down.test/')).toBe('dns-temporary');
    expect(await kindOf(http, 'http://nosuch.test/')).toBe('dns');
    await http.close();
  });
});
