import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeTree } from '../src/content/fixtures/disk.ts';
import { baseTree, entry, NOW } from '../src/content/fixtures/index.ts';
import { loadContent } from '../src/content/load.ts';
import { ruleIds, validateContent } from '../src/content/validate.ts';

const CLI = resolve(import.meta.dirname, 'validate.ts');
const REPO = resolve(import.meta.dirname, '..');
const temps: string[] = [];

/** Runs the CLI at the fixtures' pinned now (ATLAS_NOW), never the real clock; `env` overrides. */
function runWith(env: NodeJS.ProcessEnv, cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, CI: '1', ATLAS_NOW: NOW.toISOString(), ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function run(cwd: string, ...args: string[]) {
  return runWith({}, cwd, ...args);
}

function tree(changes: Record<string, string | Uint8Array | null> = {}): string {
  const dir = writeTree({ ...baseTree(), ...changes });
  temps.push(dir);
  return dir;
}

function snapshot(dir: string): string {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((f) => (statSync(join(dir, f)).isFile() ? `${f}:${readFileSync(join(dir, f), 'utf8')}` : f))
    .join('\n');
}

afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe('validate CLI', () => {
  it('exits 0 on clean content and says so', () => {
    const r = run(tree());
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('validate passed: 0 errors, 0 warnings in 11 files\n');
  });

  it('prints warnings but still exits 0', () => {
    const r = run(tree({ 'entries/testing/three.md': null }));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('content/categories/testing.yaml:1:1  small-category  warning: 2 entries; a category needs at least 3\n    fix: ');
  });

  it('judges review dates by ATLAS_NOW: reviews over a year old are warnings and the run passes', () => {
    const r = runWith({ ATLAS_NOW: '2027-12-30' }, tree());
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('content/entries/testing/one.md:11:8  review-age  warning: recommended entry added 2026-11-28 and never reviewed, over a year before 2027-12-30\n');
    expect(r.stdout).toMatch(/validate passed: 0 errors, 6 warnings in 11 files\n$/);
  });

  it('exits 2 with one line when ATLAS_NOW is not a date', () => {
    const r = runWith({ ATLAS_NOW: 'next week' }, tree());
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('validate: ATLAS_NOW="next week" is not a date; use YYYY-MM-DD or an ISO date-time like 2026-12-06T12:00:00Z\nhint: npm run validate -- --help\n');
    expect(r.stdout).toBe('');
  });

  it('exits 1 and prints every problem as path:line:col  rule  message plus a fix line', () => {
    const dir = tree({
      'entries/testing/extra.md': entry('testing', { status: 'great', tags: '[testing, nope]' }),
      'entries/testing/empty.md': '',
    });
    const before = snapshot(dir);
    const r = run(dir);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').filter((l) => /^\S+:\d+:\d+ /.test(l))).toEqual([
      'content/entries/testing/empty.md:1:1  bad-file  file is empty',
      'content/entries/testing/extra.md:7:17  unknown-tag  tag "nope" is not in tags.yaml',
      'content/entries/testing/extra.md:10:9  schema  status: expected one of "recommended"|"alternative"|"legacy"',
    ]);
    expect(r.stdout).toContain('    fix: use one of: recommended, alternative, legacy\n');
    expect(r.stdout).toMatch(/validate failed: 3 errors, 0 warnings in 13 files\n$/);
    expect(snapshot(dir)).toBe(before);
  });

  it('--format github prints workflow annotations', () => {
    const r = run(tree({ 'entries/testing/extra.md': entry('testing', { url: 'http://x.example.org/' }) }), '--format', 'github');
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')[0]).toBe(
      '::error file=content/entries/testing/extra.md,line=3,col=6,title=https-only::url uses http://: http://x.example.org/ (fix: write https:// (check the page loads over https; nearly every site does))',
    );
  });

  it('--format json prints a machine-readable report (here with --root pointing elsewhere)', () => {
    const dir = tree({ 'entries/testing/three.md': null, 'entries/testing/extra.md': entry('testing', { tags: '[testing, nope]' }) });
    const r = run(REPO, '--root', join(dir, 'content'), '--format=json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ version: 1, ok: false, files: 11, errors: 1, warnings: 0 });
    expect(report.problems).toEqual([
      { path: join(dir, 'content/entries/testing/extra.md'), line: 7, col: 17, rule: 'unknown-tag', severity: 'error', message: 'tag "nope" is not in tags.yaml', hint: expect.any(String) },
    ]);
  });

  it('checks only the given paths but compares them with the whole list', () => {
    const dir = tree({ 'entries/testing/alpha-again.md': entry('testing', { repo: 'https://github.com/example/alpha' }), 'entries/testing/bad.md': '' });
    const r = run(dir, '--format', 'json', 'content/entries/testing/alpha-again.md');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.files).toBe(1);
    expect(report.problems.map((p: { path: string; line: number; rule: string }) => `${p.path}:${p.line} ${p.rule}`)).toEqual([
      'content/entries/testing/alpha-again.md:4 duplicate-entry',
    ]);
    expect(run(dir, 'content/categories').code).toBe(0);
  });

  it.each([
    [['--format', 'xml'], /unknown format "xml"/],
    [['--bogus'], /Unknown option '--bogus'/],
    [['content/entries/nope.md'], /content\/entries\/nope\.md does not exist/],
    [['--root', 'missing'], /content folder missing does not exist/],
    [['/etc/hostname'], /is not inside the content folder/],
  ])('exits 2 on usage errors without a stack trace: %j', (args, message) => {
    const r = run(tree(), ...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
  });

  it('--help prints usage, names every rule, and exits 0', () => {
    const r = run(REPO, '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: npm run validate/);
    for (const id of ruleIds) expect(r.stdout).toContain(id);
  });
});

describe('acceptance: a copy of the real content with two broken files', () => {
  const real = join(REPO, 'content');
  const django = join(real, 'entries/web-frameworks/django.md');
  const flask = join(real, 'entries/web-frameworks/flask.md');
  it.runIf(existsSync(django) && existsSync(flask))('exits 1 and names each new file with its line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-accept-'));
    temps.push(dir);
    cpSync(real, join(dir, 'content'), { recursive: true });
    const key = (p: { path: string; line: number; rule: string }) => `${p.path}:${p.line} ${p.rule}`;
    const inProcess = () => validateContent(loadContent(join(dir, 'content'), { display: (abs) => relative(dir, abs) }), null, NOW);
    const before = new Set(inProcess().map(key));

    // Read the originals from the copy, so a concurrent edit of the real files cannot skew the test.
    const noDescription = readFileSync(join(dir, 'content/entries/web-frameworks/django.md'), 'utf8').replace(/^description:.*\n/m, '');
    writeFileSync(join(dir, 'content/entries/web-frameworks/django-no-description.md'), noDescription);
    const flaskText = readFileSync(join(dir, 'content/entries/web-frameworks/flask.md'), 'utf8');
    const urlLine = flaskText.split('\n').findIndex((l) => l.startsWith('url:')) + 1;
    writeFileSync(join(dir, 'content/entries/web-frameworks/flask-again.md'), flaskText);

    const r = run(dir);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.stdout).toContain('content/entries/web-frameworks/django-no-description.md:2:1  schema  description is required');
    expect(r.stdout).toContain(`content/entries/web-frameworks/flask-again.md:${urlLine}:6  duplicate-entry  same URL as content/entries/web-frameworks/flask.md:${urlLine}`);
    expect(r.stdout).toContain(`content/entries/web-frameworks/flask.md:${urlLine}:6  duplicate-entry  same URL as content/entries/web-frameworks/flask-again.md:${urlLine}`);
    // The new problems are about the two copies (and the originals they duplicate), whatever
    // state the rest of the real content is in while others edit it.
    const added = inProcess().filter((p) => !before.has(key(p))).map((p) => p.path);
    expect(new Set(added)).toEqual(
      new Set(['content/entries/web-frameworks/django-no-description.md', 'content/entries/web-frameworks/flask-again.md', 'content/entries/web-frameworks/django.md', 'content/entries/web-frameworks/flask.md']),
    );
  });
});
