import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeTree } from './fixtures/disk.ts';
import { baseTree } from './fixtures/index.ts';
import { displayPath, loadContent } from './load.ts';
import { MAX_BYTES } from './rules/bad-file.ts';
import { validateContent } from './validate.ts';

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

function tree(changes: Record<string, string | null> = {}) {
  const dir = writeTree({ ...baseTree(), ...changes });
  temps.push(dir);
  return dir;
}

describe('loadContent', () => {
  it('lists only the files the validator reads', () => {
    const dir = tree({ 'entries/testing/notes.txt': 'x', 'data/links.json': '{}', 'README.md': '# hi' });
    mkdirSync(join(dir, 'content/entries/empty-folder'));
    expect(loadContent(join(dir, 'content')).files.map((f) => f.rel)).toEqual([
      'categories/testing.yaml',
      'categories/web-frameworks.yaml',
      'entries/testing/one.md',
      'entries/testing/three.md',
      'entries/testing/two.md',
      'entries/web-frameworks/alpha.md',
      'entries/web-frameworks/beta.md',
      'entries/web-frameworks/gamma.md',
      'groups.yaml',
      'resources/podcast/example-cast.md',
      'tags.yaml',
    ]);
  });

  it('reports a missing groups.yaml or tags.yaml', () => {
    const dir = tree({ 'groups.yaml': null, 'tags.yaml': null });
    const loaded = loadContent(join(dir, 'content'), { display: (abs) => abs.slice(dir.length + 1) });
    expect(loaded.problems.map((p) => `${p.path}:${p.line}:${p.col} ${p.rule} ${p.message}`)).toEqual([
      'content/groups.yaml:1:1 bad-file groups.yaml is missing from the content folder',
      'content/tags.yaml:1:1 bad-file tags.yaml is missing from the content folder',
    ]);
  });

  it('rejects a huge file by its size, before reading it', () => {
    const dir = tree();
    writeFileSync(join(dir, 'content/entries/testing/huge.md'), Buffer.alloc(MAX_BYTES + 1, 0x61));
    const loaded = loadContent(join(dir, 'content'), { display: (abs) => abs.slice(dir.length + 1) });
    expect(validateContent(loaded, null, new Date('2026-12-06T00:00:00Z')).map((p) => `${p.path}:${p.line}:${p.col} ${p.rule}`)).toEqual(['content/entries/testing/huge.md:1:1 bad-file']);
    expect(loaded.paths).toContain('content/entries/testing/huge.md');
  });

  it('reports progress for every file, including one it refuses, so a progress bar reaches the total', () => {
    const dir = tree({ 'tags.yaml': null });
    // tags.yaml sorts last; a huge one is refused by size and must still count as done.
    writeFileSync(join(dir, 'content/tags.yaml'), Buffer.alloc(MAX_BYTES + 1, 0x61));
    const calls: Array<[number, number]> = [];
    loadContent(join(dir, 'content'), { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls.length).toBe(11);
    expect(calls.at(-1)).toEqual([11, 11]);
  });

  it('shows paths relative to the working directory when inside it', () => {
    expect(displayPath('/work/x/content/a.md', '/work/x')).toBe('content/a.md');
    expect(displayPath('/tmp/content/a.md', '/work/x')).toBe('/tmp/content/a.md');
  });
});
