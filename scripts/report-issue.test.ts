/** The nightly "Link report" step as the workflow runs it: the real script against a fake API. */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { fakeIssuesApi, type FakeIssue } from '../src/test-support/fake-issues-api.ts';

const script = resolve(dirname(fileURLToPath(import.meta.url)), 'report-issue.ts');
const run = promisify(execFile);

async function reportIssue(args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run(process.execPath, [script, ...args], { env: { PATH: process.env.PATH ?? '', ...env } });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}

describe('scripts/report-issue.ts', () => {
  it('opens the issue from the report files, then closes it once the report is healthy', async () => {
    const issues: FakeIssue[] = [];
    const api = await fakeIssuesApi(issues);
    const dir = mkdtempSync(join(tmpdir(), 'report-'));
    writeFileSync(join(dir, 'links.md'), '## Link report\n\n### Failing (1)\n');
    writeFileSync(join(dir, 'activity.md'), '## Project activity\n\nNothing new to act on.\n');
    writeFileSync(join(dir, 'healthy.md'), '## Link report\n\nAll links are healthy.\n<!-- link-report: healthy -->\n');
    const env = { GITHUB_TOKEN: 'tok-123', GITHUB_REPOSITORY: 'o/r', GITHUB_API_URL: api.apiUrl };
    const opened = await reportIssue(['--body', join(dir, 'links.md'), '--body', join(dir, 'activity.md')], env);
    expect(opened.stdout).toMatch(/report-issue: create/);
    expect(issues[0]).toMatchObject({ title: 'Link report', state: 'open', body: '## Link report\n\n### Failing (1)\n\n## Project activity\n\nNothing new to act on.\n' });
    const closed = await reportIssue(['--body', join(dir, 'healthy.md')], env);
    expect(closed.stdout).toMatch(/report-issue: close #1/);
    expect(issues[0]!.state).toBe('closed');
    const forced = await reportIssue(['--body', join(dir, 'healthy.md'), '--healthy', 'false'], env);
    expect(forced.stdout).toMatch(/report-issue: reopen #1/);
    expect(opened.stdout + opened.stderr + closed.stdout + forced.stdout).not.toContain('tok-123');
    await api.close();
  });

  it('exits 2 with a hint on bad input or a refusal, without printing the token', async () => {
    const api = await fakeIssuesApi([], { failWith: 403 });
    const dir = mkdtempSync(join(tmpdir(), 'report-'));
    writeFileSync(join(dir, 'links.md'), 'x\n');
    const env = { GITHUB_TOKEN: 'tok-123', GITHUB_REPOSITORY: 'o/r', GITHUB_API_URL: api.apiUrl };
    const refused = await reportIssue(['--body', join(dir, 'links.md')], env);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/GitHub answered 403/);
    expect(refused.stderr).not.toContain('tok-123');
    const noBody = await reportIssue([], env);
    expect(noBody).toMatchObject({ code: 2 });
    expect(noBody.stderr).toMatch(/--body FILE is required/);
    const noToken = await reportIssue(['--body', join(dir, 'links.md')], { GITHUB_REPOSITORY: 'o/r' });
    expect(noToken.stderr).toMatch(/GITHUB_TOKEN is not set/);
    await api.close();
  });
});
