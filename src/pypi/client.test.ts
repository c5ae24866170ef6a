import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient, type HttpClient } from '../http/index.ts';
import { fetchMonthlyDownloads, fetchPypiProject } from './client.ts';

let server: http.Server;
let base: string;
let client: HttpClient;
const paths: string[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    paths.push(path);
    const send = (status: number, body: string) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(body);
    };
    if (path === '/mirror/pypi/requests/json') return send(200, JSON.stringify({ info: { name: 'requests', version: '2.32.3', summary: 'HTTP for Humans.' } }));
    if (path === '/mirror/pypi/odd/json') return send(200, JSON.stringify({ info: { name: 'odd' } }));
    if (path === '/mirror/pypi/broken/json') return send(200, '{');
    if (path === '/mirror/pypi/down/json') return send(503, '{}');
    if (path === '/stats/api/packages/flask-login/recent') return send(200, JSON.stringify({ data: { last_month: 42 } }));
    send(404, '{"message":"Not Found"}');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  client = createHttpClient({ retry: { retries: 0 } });
});
afterAll(async () => {
  await client.close();
  await new Promise((r) => server.close(r));
});

describe('fetchPypiProject', () => {
  it('reads the JSON API under the configured base path through the schema', async () => {
    const r = await fetchPypiProject('requests', { http: client, baseUrl: `${base}/mirror` });
    expect(r).toEqual({ status: 'found', name: 'requests', project: { info: { name: 'requests', version: '2.32.3', summary: 'HTTP for Humans.' } } });
  });
  it.each([
    ['nope', { status: 'missing', name: 'nope' }],
    ['odd', { status: 'error', name: 'odd', error: 'PyPI answered with an unexpected JSON shape' }],
    ['broken', { status: 'error', name: 'broken', error: 'PyPI answered with malformed JSON' }],
    ['down', { status: 'error', name: 'down', error: 'PyPI answered 503' }],
  ])('%s → %o', async (name, expected) => {
    expect(await fetchPypiProject(name, { http: client, baseUrl: `${base}/mirror/` })).toEqual(expected);
  });
});

describe('fetchMonthlyDownloads', () => {
  it('asks for the PEP 503 name: a figure, null for an unknown project', async () => {
    expect(await fetchMonthlyDownloads('Flask_Login', `${base}/stats`, { http: client })).toBe(42);
    expect(await fetchMonthlyDownloads('unknown', `${base}/stats`, { http: client })).toBeNull();
    expect(paths).toContain('/stats/api/packages/flask-login/recent');
  });
  it('is undefined when the server cannot be reached (keep the old figure)', async () => {
    expect(await fetchMonthlyDownloads('x', 'http://127.0.0.1:1', { http: client })).toBeUndefined();
  });
});
