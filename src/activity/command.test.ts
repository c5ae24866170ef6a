/**
 * `npm run activity` in-process (src/activity/command.ts) against the fake GitHub/PyPI on
 * 127.0.0.1 (usage and help are pinned in src/cli/commands.test.ts): a refused store, and issue 12 finding 7 — a run in which most fetches
 * failed exits 2 (the nightly then keeps the report issue open) instead of calling the list healthy.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCommand, type CliIo } from '../cli/io.ts';
import { startFakeGithub, type FakeGithub } from '../test-support/fake-github.ts';
import { fixedClock } from '../time/clock.ts';
import { mostFetchesFailed, run } from './command.ts';

let fake: FakeGithub | undefined;
let dir: string | undefined;
afterEach(async () => {
  await fake?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  fake = undefined;
  dir = undefined;
});

async function cli(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, env, cwd };
  const code = await runCommand('activity', run, args, io, fixedClock('2026-12-06T00:00:00Z'));
  return { code, stdout, stderr };
}

function entries(pypiNames: string[]): string {
  dir = mkdtempSync(join(tmpdir(), 'activity-cmd-'));
  mkdirSync(join(dir, 'entries', 'c'), { recursive: true });
  for (const name of pypiNames) writeFileSync(join(dir, 'entries', 'c', `${name}.md`), `---\nname: ${name}\npypi: ${name}\n---\n`);
  return dir;
}

describe('npm run activity and its store', () => {
  it('refuses an unreadable store, naming it and the way back, and leaves it alone', async () => {
    const root = entries(['a']);
    writeFileSync(join(root, 'store.json'), '{ broken');
    const r = await cli(root, ['entries', '--output', 'store.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^store\.json:1:1  activity\/store  is not valid JSON \(.*\); the activity store was left as it is\n    fix: restore it from git \(git checkout -- store\.json\), or delete it to start from an empty store\n$/);
    expect(readFileSync(join(root, 'store.json'), 'utf8')).toBe('{ broken');
  });
});

describe('npm run activity after entries moved', () => {
  it('carries a moved entry\'s history to its new id (content/redirects.yaml) instead of pruning it', async () => {
    fake = await startFakeGithub({ pypi: () => ({ version: '1.0' }) });
    const root = entries(['fine']);
    writeFileSync(join(root, 'redirects.yaml'), 'entries:\n  old-home/fine: c/fine\n');
    writeFileSync(join(root, 'store.json'), `${JSON.stringify({ fetchedAt: '2026-11-01T00:00:00Z', entries: { 'old-home/fine': { history: [{ month: '2026-10', downloads: 42 }] } } })}\n`);
    const r = await cli(root, ['entries', '--output', 'store.json'], { PYPI_URL: fake.origin, ATLAS_CONTENT_DIR: '.' });
    expect(r.stderr).toContain('activity: carried the activity of 1 moved entry to its new id\n');
    const store = JSON.parse(readFileSync(join(root, 'store.json'), 'utf8')) as { entries: Record<string, { history?: unknown[] }> };
    expect(Object.keys(store.entries)).toEqual(['c/fine']);
    expect(store.entries['c/fine']!.history).toContainEqual({ month: '2026-10', downloads: 42 });
  });
});

describe('npm run activity when the services fail', () => {
  it('exits 2 when most fetches failed, keeping the previous values and writing the report', async () => {
    fake = await startFakeGithub({ pypi: (name) => (name === 'fine' ? { version: '1.0' } : 'malformed') });
    const root = entries(['fine', 'broken1', 'broken2']);
    const r = await cli(root, ['entries', '--output', 'store.json', '--report', 'report.md'], { PYPI_URL: fake.origin });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('activity: 2 of 3 fetches failed (first: PyPI answered with malformed JSON); previous values were kept, but this run says nothing about the list\n');
    expect(readFileSync(join(root, 'report.md'), 'utf8')).toContain('### Fetch failures (2, previous values kept)');
  });

  it('keeps its usual exit code when only a few fetches failed', async () => {
    fake = await startFakeGithub({ pypi: (name) => (name === 'broken' ? 'malformed' : { version: '1.0' }) });
    const r = await cli(entries(['a', 'b', 'broken']), ['entries', '--output', 'store.json'], { PYPI_URL: fake.origin });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/PyPI 2 found, 0 missing, 1 failed/);
  });

  it('counts a skipped GitHub (no token) as not asked, not as failed', () => {
    const summary = {
      github: { requested: 10, found: 0, missing: 0, errors: 0, fresh: 0, requests: 0, skipped: 'no token' },
      pypi: { requested: 2, found: 1, missing: 0, errors: 1, fresh: 0 },
      notGithub: 0,
      failures: [],
    };
    expect(mostFetchesFailed(summary)).toBeNull();
    expect(mostFetchesFailed({ ...summary, pypi: { ...summary.pypi, errors: 2, found: 0 } })).toEqual({ failed: 2, asked: 2 });
  });
});
