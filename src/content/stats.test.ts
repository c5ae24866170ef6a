import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeTree } from './fixtures/disk.ts';
import { baseTree, entry, loadTree } from './fixtures/index.ts';
import { computeStats, formatStats, unmetTargets } from './stats.ts';

describe('computeStats', () => {
  it('counts entries, categories, groups, resources and notes, and finds thin categories', () => {
    const loaded = loadTree({
      ...baseTree(),
      'entries/testing/three.md': null,
      'entries/web-frameworks/delta.md': entry('web-frameworks', { url: 'https://delta.example.org/', repo: null, pypi: null }, '\nA note.\n'),
      'entries/web-frameworks/blank.md': entry('web-frameworks', { url: 'https://blank.example.org/', repo: null, pypi: null }, '\n   \n'),
    });
    const stats = computeStats(loaded.files);
    expect(stats).toMatchObject({ entries: 7, categories: 2, groups: 2, resources: 1, notes: 1, minEntriesPerCategory: 2 });
    expect(stats.smallCategories).toEqual([{ id: 'testing', entries: 2 }]);
    expect(stats.perGroup).toEqual([
      { id: 'web-development', title: 'Web Development', categories: 1, entries: 5 },
      { id: 'developer-tools', title: 'Developer Tools', categories: 1, entries: 2 },
    ]);
    expect(unmetTargets(stats)).toEqual([
      'entries: 7 < 650',
      'categories: 2 < 75',
      'resources: 1 < 30',
      'notes: 1 < 100',
      'categories under 3 entries: testing (2)',
    ]);
    expect(formatStats(stats)).toContain('categories under 3: testing (2)');
  });
});

describe('stats CLI', () => {
  const cli = resolve(import.meta.dirname, '../../scripts/stats.ts');
  const dir = writeTree(baseTree());
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8' });

  it('prints JSON and exits 0 without --check even when targets are not met', () => {
    const r = run('--json');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ entries: 6, categories: 2, groups: 2, resources: 1, notes: 0, targetsMet: false });
  });

  it('exits 1 with --check when targets are not met, 2 on bad usage', () => {
    const r = run('--check');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('targets not met:\n  entries: 6 < 650');
    expect(run('--root', 'nowhere').status).toBe(2);
  });
});
