import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeGithub, type FakeGithub } from '../src/test-support/fake-github.ts';
import { activityStoreSchema } from '../src/schemas/activity.ts';

const SCRIPT = resolve(import.meta.dirname, 'activity.ts');
let fake: FakeGithub | undefined;
let dir: string | undefined;
afterEach(async () => {
  await fake?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  fake = undefined;
  dir = undefined;
});

function writeEntries(root: string, n: number): void {
  for (let i = 0; i < n; i++) {
    const cat = join(root, 'entries', `cat${i % 5}`);
    mkdirSync(cat, { recursive: true });
    writeFileSync(join(cat, `e${i}.md`), `---\nname: e${i}\nrepo: https://github.com/owner${i % 9}/ok-${i}\n---\n`);
  }
}

function cli(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, [SCRIPT, ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (c) => (out += c));
  child.stderr.on('data', (c) => (err += c));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string; err: string }>((r) =>
    child.on('close', (code, signal) => r({ code, signal, out, err })));
  return { child, done };
}

function storedGithubCount(path: string): number {
  try {
    const s = JSON.parse(readFileSync(path, 'utf8')) as { entries: Record<string, { github?: unknown }> };
    return Object.values(s.entries).filter((e) => e.github).length;
  } catch {
    return 0;
  }
}

describe('npm run activity (the CLI, spawned)', () => {
  it('resumes after being killed half-way: the store stays valid and the rerun fetches only the rest', async () => {
    dir = mkdtempSync(join(tmpdir(), 'activity-cli-'));
    writeEntries(dir, 300);
    fake = await startFakeGithub({ latencyMs: 150 });
    const store = join(dir, 'data', 'activity.json');
    const env = { GITHUB_TOKEN: 'sekret-token-123', GITHUB_GRAPHQL_URL: fake.graphqlUrl, GITHUB_API_URL: fake.origin, PYPI_URL: fake.origin, CI: '1' };

    const first = cli([dir, '--output', store], env);
    const deadline = Date.now() + 15_000;
    while (storedGithubCount(store) < 100 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    first.child.kill('SIGKILL');
    const killed = await first.done;
    expect(killed.signal).toBe('SIGKILL');
    const storedAtKill = storedGithubCount(store);
    expect(storedAtKill).toBeGreaterThanOrEqual(100);
    expect(storedAtKill).toBeLessThan(300);
    expect(activityStoreSchema.safeParse(JSON.parse(readFileSync(store, 'utf8'))).success).toBe(true);
    const askedBefore = fake.aliasesPerRequest.reduce((a, b) => a + b, 0);

    const second = await cli([dir, '--output', store, '--format', 'text'], env).done;
    expect(second.code).toBe(0);
    const askedAfter = fake.aliasesPerRequest.reduce((a, b) => a + b, 0) - askedBefore;
    expect(askedAfter).toBe(300 - storedAtKill);
    const final = activityStoreSchema.parse(JSON.parse(readFileSync(store, 'utf8')));
    expect(Object.keys(final.entries)).toHaveLength(300);
    expect(final.fetchedAt).not.toBeNull();
    expect(readdirSync(join(dir, 'data'))).toEqual(['activity.json']);
    expect(second.out + second.err + killed.out + killed.err).not.toContain('sekret-token-123');
    expect(second.out).toMatch(/activity: 300 entries .* GitHub \d+ found, 0 missing, 0 failed, \d+ fresh/);
  });

  it('writes the Markdown report, exits 1 on new findings and annotates in github format', async () => {
    dir = mkdtempSync(join(tmpdir(), 'activity-cli-'));
    mkdirSync(join(dir, 'entries', 'c'), { recursive: true });
    writeFileSync(join(dir, 'entries', 'c', 'gone.md'), '---\nname: gone\nrepo: https://github.com/o/deleted-x\n---\n');
    writeFileSync(join(dir, 'entries', 'c', 'fine.md'), '---\nname: fine\nrepo: https://github.com/o/ok-x\n---\n');
    fake = await startFakeGithub({ repo: (_o, n) => (n.startsWith('deleted-') ? { kind: 'deleted' } : { kind: 'ok', pushedAt: new Date().toISOString() }) });
    const store = join(dir, 'activity.json');
    const report = join(dir, 'report.md');
    const env = { GITHUB_TOKEN: 't', GITHUB_GRAPHQL_URL: fake.graphqlUrl, PYPI_URL: fake.origin };
    const r = await cli([join(dir, 'entries'), '--output', store, '--report', report, '--format', 'github'], env).done;
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^::warning file=.*gone\.md,line=3,col=7,title=activity\/missing::o\/deleted-x no longer exists on GitHub/m);
    expect(readFileSync(report, 'utf8')).toContain('### Missing (repository or PyPI project gone) (1)');
    const again = await cli([join(dir, 'entries'), '--output', store, '--force'], env).done;
    expect(again.code).toBe(0);
  });

  it('explains usage errors and a corrupt store without a stack trace (exit 2)', async () => {
    dir = mkdtempSync(join(tmpdir(), 'activity-cli-'));
    writeFileSync(join(dir, 'a.md'), '---\nname: a\n---\n');
    writeFileSync(join(dir, 'store.json'), '{ broken');
    const [help, bad, missing, corrupt] = await Promise.all([
      cli(['--help'], {}).done,
      cli(['--format', 'xml'], {}).done,
      cli([join(dir, 'nope')], {}).done,
      cli([join(dir, 'a.md'), '--output', join(dir, 'store.json')], {}).done,
    ]);
    expect(help.code).toBe(0);
    expect(help.out).toContain('Usage: npm run activity');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('unknown format "xml"');
    expect(bad.err).toContain('hint: npm run activity -- --help'); // the same hint line as links and report-issue
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/nope: no such file or folder/);
    expect(corrupt.code).toBe(2);
    expect(corrupt.err).toMatch(/activity\/store .*is not valid JSON/);
    expect(corrupt.err).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, 'store.json'))).toBe(true);
  });
});
