import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeTree } from '../fixtures/disk.ts';
import { baseTree, entry, NOW } from '../fixtures/index.ts';
import { loadContent } from '../load.ts';
import { validateContent } from '../validate.ts';
import { strayFileProblem } from './stray-file.ts';

describe('stray-file', () => {
  const dir = writeTree(baseTree());
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports files the site would skip in the content folders, and nothing else', () => {
    writeFileSync(join(dir, 'content/entries/testing/extra.markdown'), entry('testing'));
    writeFileSync(join(dir, 'content/resources/podcast/notes.txt'), 'todo');
    writeFileSync(join(dir, 'content/categories/draft.json'), '{}');
    writeFileSync(join(dir, 'content/entries/testing/.gitkeep'), '');
    mkdirSync(join(dir, 'content/data'), { recursive: true });
    writeFileSync(join(dir, 'content/data/links.json'), '{}');
    const problems = validateContent(loadContent(join(dir, 'content'), { display: (abs) => abs.slice(dir.length + 1) }), null, NOW);
    expect(problems.map((p) => `${p.path}:${p.line}:${p.col} ${p.rule}`)).toEqual([
      'content/categories/draft.json:1:1 stray-file',
      'content/entries/testing/extra.markdown:1:1 stray-file',
      'content/resources/podcast/notes.txt:1:1 stray-file',
    ]);
  });

  it('suggests the name the site would read', () => {
    expect(strayFileProblem('entries/web/FastAPI.MD', 'x')!.hint).toBe('rename it to FastAPI.md if it belongs to the list, or move it out of content/');
    expect(strayFileProblem('entries/web/.DS_Store', 'x')).toBeNull();
  });
});
