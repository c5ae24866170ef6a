/**
 * The `npm run links` command (src/links/command.ts) end to end, in-process (and once as a real process killed half-way),
 * against real node:http servers on 127.0.0.1: report shape, exit codes, history, --changed,
 * --fix, --max-age, --exclude, config, formats, step summary, GitHub GraphQL batches, resume.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGithub, fateByName } from '../test-support/fake-github.ts';
import { page, startServer, type TestServer } from '../test-support/http-server.ts';
import { linkStoreSchema } from '../schemas/link-status.ts';
import { runCommand, type CliIo } from '../cli/io.ts';
import { clockFromEnv } from '../time/clock.ts';
import { run } from './command.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
let srv: TestServer;

beforeAll(async () => {
  srv = await startServer({
    '/ok/*': (_q, r) => void r.writeHead(200, { 'content-type': 'text/html' }).end(page('present')),
    '/missing/*': (_q, r) => void r.writeHead(404).end(),
    '/moved/*': (q, r) => void r.writeHead(301, { location: q.url!.replace('/moved/', '/ok/') }).end(),
    '/slow/*': async (_q, r) => {
      await sleep(40);
      r.writeHead(200).end();
    },
  });
});
afterAll(() => srv.close());

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  // The test servers are on 127.0.0.1, which the checker refuses unless told (see private.test.ts).
  const io: CliIo = { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, env, cwd };
  const code = await runCommand('links', run, ['--allow-private', ...args], io, clockFromEnv(env));
  return { code, stdout, stderr };
}

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'links-cli-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const entry = (url: string, extra = '') => `---\nname: X\nurl: ${url}\n${extra}---\n`;
const hits = (path: string) => srv.hits.get(path) ?? 0;

describe('npm run links', () => {
  it('refuses a corrupt or newer store without touching it (exit 2, the way back named); --reset-store starts afresh', async () => {
    const dir = project({ 'content/a.md': entry(`${srv.origin}/ok/store`), 'content/data/links.json': '{"version":1,"links":' });
    const r = await cli(dir, []);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^content\/data\/links\.json:1:1  links\/store  is not valid JSON \(.*\); the link store was left as it is\n    fix: restore it from git \(git checkout -- content\/data\/links\.json\), or run with --reset-store to start from an empty store\n$/);
    expect(readFileSync(join(dir, 'content/data/links.json'), 'utf8')).toBe('{"version":1,"links":');
    writeFileSync(join(dir, 'content/data/links.json'), '{"version":2,"links":{}}');
    expect((await cli(dir, [])).stderr).toBe(
      'content/data/links.json:1:1  links/store  was written by a newer version of this tool (link store version 2; this one reads up to 1); it was left as it is\n    fix: update this checkout (git pull) before running again\n',
    );
    const reset = await cli(dir, ['--reset-store']);
    expect(reset.code).toBe(0);
    expect(linkStoreSchema.parse(JSON.parse(readFileSync(join(dir, 'content/data/links.json'), 'utf8'))).links).toHaveProperty([`${srv.origin}/ok/store`]);
  });

  it.each([
    [['--bogus'], /Unknown option '--bogus'/],
    [['no/such/dir'], /no such file or folder/],
    [['--max-age', 'soon'], /--max-age must be a duration/],
    [['--remap', 'onlyone'], /--remap wants/],
    [['--exclude', '('], /invalid regular expression/],
  ])('usage error %j exits 2 with a message and a hint, no stack', async (args, message) => {
    const r = await cli(project({ 'content/a.md': '# a\n' }), args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/hint: npm run links -- --help/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('reports a bad config file with its path', async () => {
    const dir = project({ 'content/a.md': '# a\n', 'links.config.json': '{"perHost": 0}' });
    const r = await cli(dir, []);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/links\.config\.json: perHost/);
  });

  it('writes the JSON report: one item per URL as written, sources as file:line, each page fetched once', async () => {
    const dir = project({
      'content/entries/a/x.md': entry(`${srv.origin}/ok/json1`),
      'content/entries/a/y.md': entry(`${srv.origin}/ok/json1`) + `\nSame page: [again](${srv.origin.replace('http://', 'HTTP://')}/ok/json1)\n`,
      'notes.md': `# Notes\n\n[gone](${srv.origin}/missing/json2)\n[moved](${srv.origin}/moved/json3)\n`,
    });
    const before = hits('/ok/json1');
    const r = await cli(dir, ['content', 'notes.md', '--format', 'json', '--no-store']);
    expect(r.code).toBe(0); // a first dead run is only suspect
    const upper = `${srv.origin.replace('http://', 'HTTP://')}/ok/json1`;
    expect(JSON.parse(r.stdout)).toEqual({
      links: [
        { url: `${srv.origin}/ok/json1`, verdict: 'ok', status: 200, sources: [{ file: 'content/entries/a/x.md', line: 3 }, { file: 'content/entries/a/y.md', line: 3 }] },
        { url: upper, verdict: 'ok', status: 200, sources: [{ file: 'content/entries/a/y.md', line: 6 }] },
        { url: `${srv.origin}/missing/json2`, verdict: 'dead', status: 404, sources: [{ file: 'notes.md', line: 3 }] },
        { url: `${srv.origin}/moved/json3`, verdict: 'redirected', status: 200, finalUrl: `${srv.origin}/ok/json3`, sources: [{ file: 'notes.md', line: 4 }] },
      ],
    });
    expect(hits('/ok/json1') - before).toBe(1);
  });

  it('fails only after N consecutive dead runs, as the store remembers', async () => {
    const dir = project({ 'content/a.md': entry(`${srv.origin}/missing/hist`) });
    const first = await cli(dir, []);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/content\/a\.md:3 suspect dead .*\/missing\/hist 404/);
    const second = await cli(dir, []);
    expect(second.code).toBe(1);
    expect(second.stdout).toMatch(/content\/a\.md:3 dead dead/);
    const store = linkStoreSchema.parse(JSON.parse(readFileSync(join(dir, 'content/data/links.json'), 'utf8')));
    expect(store.links[`${srv.origin}/missing/hist`]).toMatchObject({ verdict: 'dead', failures: 2, status: 404 });
    expect(existsSync(join(dir, '.cache/links-run.json'))).toBe(false);
    expect((await cli(dir, ['--fail-after', '4'])).code).toBe(0); // third dead run, threshold 4
  });

  it('prints plain progress lines on CI even when stderr claims to be a terminal (as activity does)', async () => {
    const dir = project({ 'content/a.md': entry(`${srv.origin}/ok/ci`) });
    let stderr = '';
    const io: CliIo = { stdout: { write: () => true }, stderr: { write: (s: string) => (stderr += s), isTTY: true, columns: 80 }, env: { CI: 'true' }, cwd: dir };
    const code = await runCommand('links', run, ['--no-store', '--allow-private'], io, clockFromEnv({}));
    expect(code).toBe(0);
    expect(stderr).toContain('links: 1/1 checked\n');
    expect(stderr).not.toContain('\r');
  });

  it('--max-age skips links found working recently and reports their stored verdict', async () => {
    const dir = project({ 'content/a.md': entry(`${srv.origin}/ok/age`) });
    await cli(dir, []);
    const before = hits('/ok/age');
    const r = await cli(dir, ['--max-age', '1h', '--format', 'json']);
    expect(hits('/ok/age')).toBe(before);
    expect(JSON.parse(r.stdout).links[0]).toMatchObject({ url: `${srv.origin}/ok/age`, verdict: 'ok' });
    await cli(dir, []);
    expect(hits('/ok/age')).toBe(before + 1);
  });

  it('--exclude and the config file keep URLs out of the run', async () => {
    const dir = project({
      'content/a.md': entry(`${srv.origin}/ok/excl1`) + `[b](${srv.origin}/ok/excl2)\n[c](${srv.origin}/ok/excl3)\n`,
      'links.config.json': JSON.stringify({ exclude: ['excl3$'] }),
    });
    const r = await cli(dir, ['--exclude', 'excl2', '--format', 'json', '--no-store']);
    expect(JSON.parse(r.stdout).links.map((l: { url: string }) => l.url)).toEqual([`${srv.origin}/ok/excl1`]);
    expect(hits('/ok/excl2') + hits('/ok/excl3')).toBe(0);
  });

  it('--changed checks only files changed since the ref; a link the change adds must work now', async () => {
    const dir = project({
      'content/a.md': entry(`${srv.origin}/ok/chg-a`),
      'content/b.md': entry(`${srv.origin}/ok/chg-b`),
      'content/c.md': entry(`${srv.origin}/missing/chg-old`),
    });
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
    const commit = (m: string) => git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '--allow-empty', '-m', m);
    git('init', '-q');
    commit('root');
    git('add', '.');
    commit('base');
    // c.md: an unrelated edit to a file whose link was already dead.
    writeFileSync(join(dir, 'content/c.md'), entry(`${srv.origin}/missing/chg-old`, 'description: edited\n'));
    writeFileSync(join(dir, 'content/new.md'), entry(`${srv.origin}/ok/chg-new`));
    const carried = await cli(dir, ['--changed', 'HEAD', '--format', 'json', '--no-store']);
    expect(carried.code).toBe(0); // the old dead link is reported (suspect), but does not fail the PR
    expect(JSON.parse(carried.stdout).links.map((l: { url: string; verdict: string }) => `${l.verdict} ${l.url}`)).toEqual([
      `dead ${srv.origin}/missing/chg-old`,
      `ok ${srv.origin}/ok/chg-new`,
    ]);
    // b.md: the change adds a dead link.
    writeFileSync(join(dir, 'content/b.md'), entry(`${srv.origin}/missing/chg-b`));
    const added = await cli(dir, ['--changed', 'HEAD', '--no-store']);
    expect(added.code).toBe(1);
    expect(added.stdout).toMatch(/content\/b\.md:3 dead dead .*\/missing\/chg-b/);
    expect(added.stdout).toMatch(/content\/c\.md:3 suspect dead .*\/missing\/chg-old/);
    expect(hits('/ok/chg-a')).toBe(0);
    const bad = await cli(dir, ['--changed', 'no-such-ref']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--changed no-such-ref: not a git ref/);
  });

  it('keeps one summary per completed full run in the store; --changed, a folder or --no-store add none', async () => {
    const dir = project({
      'content/a.md': entry(`${srv.origin}/ok/runs-a`) + `[m](${srv.origin}/moved/runs-m)\n[again](${srv.origin}/ok/runs-a)\n`,
      'content/b.md': entry(`${srv.origin}/missing/runs-b`),
    });
    const storePath = join(dir, 'content/data/links.json');
    const runs = () => linkStoreSchema.parse(JSON.parse(readFileSync(storePath, 'utf8'))).runs ?? [];
    const counts = { checked: 3, ok: 1, redirected: 1, dead: 1, unknown: 0 };
    expect((await cli(dir, [])).code).toBe(0);
    expect(runs()).toEqual([{ at: expect.any(String), ...counts, suspect: 1, failing: 0 }]);
    expect((await cli(dir, [])).code).toBe(1);
    expect(runs()).toEqual([
      { at: expect.any(String), ...counts, suspect: 1, failing: 0 },
      { at: expect.any(String), ...counts, suspect: 0, failing: 1 },
    ]);
    expect(Date.parse(runs()[1]!.at)).toBeGreaterThanOrEqual(Date.parse(runs()[0]!.at));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
    git('init', '-q');
    git('add', 'content/a.md', 'content/b.md');
    git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '-m', 'base');
    writeFileSync(join(dir, 'content/c.md'), entry(`${srv.origin}/ok/runs-c`));
    const pr = await cli(dir, ['--changed', 'HEAD', '--format', 'json']);
    expect(JSON.parse(pr.stdout).links.map((l: { url: string }) => l.url)).toEqual([`${srv.origin}/ok/runs-c`]);
    expect(runs()).toHaveLength(2);
    await cli(dir, ['content/b.md']);
    await cli(dir, ['--no-store']);
    expect(runs()).toHaveLength(2);
  });

  it('--fix rewrites permanently moved URLs in place', async () => {
    const text = `---\nname: X   # keep me\nurl: ${srv.origin}/moved/fix1\ndocs: ${srv.origin}/ok/fix2\n---\nBody [m](${srv.origin}/moved/fix1).\n`;
    const dir = project({ 'content/a.md': text });
    const r = await cli(dir, ['--fix', '--no-store']);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'content/a.md'), 'utf8')).toBe(text.replaceAll('/moved/fix1', '/ok/fix1'));
    expect(r.stderr).toMatch(/content\/a\.md:3 fixed/);
  });

  it('prints GitHub annotations, Markdown, and appends a step summary in Actions', async () => {
    const dir = project({ 'content/a.md': entry(`${srv.origin}/missing/fmt`) + `[m](${srv.origin}/moved/fmt)\n` });
    const summary = join(dir, 'summary.md');
    const gh = await cli(dir, ['--format', 'github', '--fail-after', '1', '--no-store'], { GITHUB_STEP_SUMMARY: summary });
    expect(gh.code).toBe(1);
    expect(gh.stdout).toContain(`::error file=content/a.md,line=3,title=dead link::${srv.origin}/missing/fmt 404`);
    expect(gh.stdout).toContain(`::warning file=content/a.md,line=5,title=redirected link::${srv.origin}/moved/fmt moved permanently to ${srv.origin}/ok/fmt`);
    expect(readFileSync(summary, 'utf8')).toMatch(/## Link report[\s\S]*### Failing \(1\)[\s\S]*### Redirected \(1\)/);
    const md = await cli(dir, ['--format', 'markdown', '--output', 'out/report.md', '--no-store']);
    expect(md.stdout).toBe('');
    expect(readFileSync(join(dir, 'out/report.md'), 'utf8')).toMatch(/\| URL \| Why \| Where \|/);
  });

  it('answers github.com repositories through GraphQL in batches of 100: renamed, deleted, archived', async () => {
    const fake = await startFakeGithub({ repo: fateByName });
    const kinds = ['ok', 'renamed', 'deleted', 'archived'];
    const urls = Array.from({ length: 150 }, (_, i) => `https://github.com/own${i % 7}/${kinds[i % 4]}-r${i}`);
    const dir = project({ 'content/list.md': urls.map((u) => `- [r](${u})`).join('\n') + '\n' });
    const htmlBefore = [...srv.hits.values()].reduce((a, b) => a + b, 0);
    const r = await cli(dir, ['--format', 'json', '--no-store', '--remap', `https://github.com ${srv.origin}`], {
      GITHUB_TOKEN: 'test-token',
      GITHUB_GRAPHQL_URL: fake.graphqlUrl,
    });
    expect(fake.aliasesPerRequest).toEqual([100, 50]);
    expect([...srv.hits.values()].reduce((a, b) => a + b, 0)).toBe(htmlBefore); // no HTML scraping
    const links = JSON.parse(r.stdout).links as Array<{ url: string; verdict: string; finalUrl?: string }>;
    expect(links.find((l) => l.url.endsWith('/ok-r0'))).toMatchObject({ verdict: 'ok' });
    expect(links.find((l) => l.url.endsWith('/renamed-r1'))).toMatchObject({ verdict: 'redirected', finalUrl: 'https://github.com/own1-org/r1' });
    expect(links.find((l) => l.url.endsWith('/deleted-r2'))).toEqual({ url: urls[2], verdict: 'dead', sources: [{ file: 'content/list.md', line: 3 }] });
    expect(links.find((l) => l.url.endsWith('/archived-r3'))).toMatchObject({ verdict: 'ok' });
    const text = await cli(dir, ['--no-store'], { GITHUB_TOKEN: 'test-token', GITHUB_GRAPHQL_URL: fake.graphqlUrl });
    expect(text.stdout).toMatch(/content\/list\.md:4 note archived https:\/\/github\.com\/own3\/archived-r3/);
    expect(text.stdout + text.stderr).not.toContain('test-token');
    await fake.close();
  });

  it('resumes a run killed half-way without checking again what it had stored', async () => {
    const n = 60;
    const dir = project({ 'content/list.md': Array.from({ length: n }, (_, i) => `- [s](${srv.origin}/slow/res${i})`).join('\n') + '\n' });
    const child = spawn(process.execPath, [join(repoRoot, 'scripts/links.ts'), '--per-host', '1', '--allow-private'], { cwd: dir, stdio: 'ignore' });
    const storePath = join(dir, 'content/data/links.json');
    let stored: Record<string, unknown> = {};
    for (let i = 0; i < 200 && Object.keys(stored).length < 10; i++) {
      await sleep(25);
      if (existsSync(storePath)) stored = linkStoreSchema.parse(JSON.parse(readFileSync(storePath, 'utf8'))).links;
    }
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const done = Object.keys(stored);
    expect(done.length).toBeGreaterThanOrEqual(10);
    expect(done.length).toBeLessThan(n);
    // Whatever the kill interrupted, the store on disk is whole.
    const atKill = linkStoreSchema.parse(JSON.parse(readFileSync(storePath, 'utf8'))).links;
    const r = await cli(dir, ['--per-host', '4']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/resuming the run started/);
    for (const key of Object.keys(atKill)) expect(srv.hits.get(new URL(key).pathname)).toBe(1);
    const final = linkStoreSchema.parse(JSON.parse(readFileSync(storePath, 'utf8'))).links;
    expect(Object.keys(final)).toHaveLength(n);
    expect(existsSync(join(dir, '.cache/links-run.json'))).toBe(false);
  });
});
