/**
 * Issue 12, finding 6, end to end through `npm run links` (in-process) against real node:http
 * servers on 127.0.0.1: by default the checker fetches no loopback, private or metadata address
 * — as written, in another spelling, by a name that resolves there, or as a redirect hop — and
 * says so ("private address, not checked"); `--allow-private` and `--remap` targets lift it;
 * `--fix` never writes such a redirect target; reports escape redirect targets.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { page, startServer, type TestServer } from '../test-support/http-server.ts';
import { runCommand } from '../cli/io.ts';
import { clockFromEnv } from '../time/clock.ts';
import { run } from './command.ts';

let site: TestServer; // plays a public site, reached through --remap
let inside: TestServer; // plays a service on the runner's own network
let insidePort: string;

beforeAll(async () => {
  inside = await startServer({ '/*': (_q, r) => void r.writeHead(200, { 'content-type': 'text/html' }).end(page('secret')) });
  insidePort = new URL(inside.origin).port;
  site = await startServer({
    '/ok': (_q, r) => void r.writeHead(200, { 'content-type': 'text/html' }).end(page()),
    '/into-loopback': (_q, r) => void r.writeHead(301, { location: `${inside.origin}/admin` }).end(),
    '/into-localhost': (_q, r) => void r.writeHead(301, { location: `http://localhost:${insidePort}/admin` }).end(),
    '/hostile-target': (_q, r) => void r.writeHead(301, { location: '/ok?x=|](javascript:alert(1))%0A::error::forged' }).end(),
  });
});
afterAll(async () => {
  await site.close();
  await inside.close();
});

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'links-private-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

async function cli(cwd: string, args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCommand('links', run, args, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, env: {}, cwd }, clockFromEnv({}));
  return { code, stdout, stderr };
}

const insideHits = () => [...inside.hits.values()].reduce((a, b) => a + b, 0);
const REMAP = () => ['--remap', `https://public.example ${site.origin}`];

describe('npm run links and private addresses', () => {
  it('refuses them by default, in every spelling and behind a name, without a single request', async () => {
    const urls = [
      `${inside.origin}/a`,
      `http://2130706433:${insidePort}/b`,
      `http://0x7f.1:${insidePort}/c`,
      `http://[::ffff:127.0.0.1]:${insidePort}/d`,
      `http://localhost:${insidePort}/e`,
      'http://169.254.169.254/latest/meta-data/',
    ];
    const dir = project({ 'content/list.md': urls.map((u) => `- [x](${u})`).join('\n') + '\n' });
    const before = insideHits();
    const r = await cli(dir, ['--format', 'json', '--no-store', '--timeout', '2000']);
    expect(r.code).toBe(0); // unknown is a warning, never a failing link
    const links = JSON.parse(r.stdout).links as Array<{ url: string; verdict: string }>;
    expect(links.map((l) => l.verdict)).toEqual(urls.map(() => 'unknown'));
    expect(insideHits()).toBe(before);
    const text = await cli(dir, ['--no-store']);
    expect(text.stdout.match(/private address, not checked/g)).toHaveLength(urls.length);
  });

  it('does not follow a redirect into the private network, and --fix does not write it', async () => {
    const entry = '---\nname: X\nurl: https://public.example/into-loopback\ndocs: https://public.example/into-localhost\n---\n';
    const dir = project({ 'content/a.md': entry });
    const before = insideHits();
    const r = await cli(dir, ['--fix', '--format', 'json', '--no-store', ...REMAP()]);
    const links = JSON.parse(r.stdout).links as Array<{ url: string; verdict: string; finalUrl?: string }>;
    expect(links.map((l) => [l.verdict, l.finalUrl])).toEqual([['unknown', undefined], ['unknown', undefined]]);
    expect(insideHits()).toBe(before);
    expect(readFileSync(join(dir, 'content/a.md'), 'utf8')).toBe(entry);
  });

  it('--allow-private checks them, but --fix still never moves a public URL into them', async () => {
    const entry = '---\nname: X\nurl: https://public.example/into-loopback\n---\n';
    const dir = project({ 'content/a.md': entry, 'content/b.md': `[in](${inside.origin}/allowed)\n` });
    const r = await cli(dir, ['--allow-private', '--fix', '--format', 'json', '--no-store', ...REMAP()]);
    const links = JSON.parse(r.stdout).links as Array<{ url: string; verdict: string; finalUrl?: string }>;
    expect(links.find((l) => l.url.endsWith('/into-loopback'))).toMatchObject({ verdict: 'redirected', finalUrl: `${inside.origin}/admin` });
    expect(links.find((l) => l.url.endsWith('/allowed'))).toMatchObject({ verdict: 'ok' });
    expect(readFileSync(join(dir, 'content/a.md'), 'utf8')).toBe(entry);
    expect(r.stderr).toMatch(/content\/a\.md:3 not fixed .* \(redirect target is a private address\)/);
  });

  it('prints a hostile redirect target escaped in every format', async () => {
    const dir = project({ 'content/a.md': '[x](https://public.example/hostile-target)\n' });
    const md = await cli(dir, ['--format', 'markdown', '--no-store', ...REMAP()]);
    const row = md.stdout.split('\n').find((l) => l.startsWith('| <https://public.example/hostile-target>'))!;
    expect(row).toBe('| <https://public.example/hostile-target> | <https://public.example/ok?x=%7C](javascript:alert(1))%0A::error::forged> | content/a.md:1 |');
    const gh = await cli(dir, ['--format', 'github', '--no-store', ...REMAP()]);
    expect(gh.stdout.split('\n').filter((l) => l.startsWith('::'))).toHaveLength(1);
  });
});
