import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { walkFiles } from './walk.ts';

const root = mkdtempSync(join(tmpdir(), 'atlas-walk-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('walkFiles', () => {
  it('lists regular files, reports links without following them, and skips hidden names and node_modules', () => {
    const dir = join(root, 'tree');
    mkdirSync(join(dir, 'a/b'), { recursive: true });
    mkdirSync(join(dir, '.drafts'));
    mkdirSync(join(dir, 'node_modules'));
    writeFileSync(join(dir, 'a/b/x.md'), 'x');
    writeFileSync(join(dir, 'a/y.md'), 'y');
    writeFileSync(join(dir, '.drafts/z.md'), 'z');
    writeFileSync(join(dir, 'node_modules/n.md'), 'n');
    writeFileSync(join(dir, '.gitkeep'), '');
    symlinkSync('b/x.md', join(dir, 'a/linked.md'));
    symlinkSync('..', join(dir, 'a/b/loop'));
    symlinkSync('/nowhere', join(dir, 'dangling'));
    expect(walkFiles(dir)).toEqual({
      files: [join(dir, 'a/b/x.md'), join(dir, 'a/y.md')],
      links: [join(dir, 'a/b/loop'), join(dir, 'a/linked.md'), join(dir, 'dangling')],
    });
  });

  it('follows the folder it was given even when that is a link, and takes a file as itself', () => {
    const target = join(root, 'real');
    mkdirSync(target);
    writeFileSync(join(target, 'e.md'), 'e');
    symlinkSync(target, join(root, 'content-link'));
    expect(walkFiles(join(root, 'content-link')).files).toEqual([join(root, 'content-link', 'e.md')]);
    expect(walkFiles(join(target, 'e.md'))).toEqual({ files: [join(target, 'e.md')], links: [] });
  });

  it('walks a deep tree without recursion', () => {
    let dir = join(root, 'deep');
    for (let i = 0; i < 500; i++) dir = join(dir, 'd');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'leaf.md'), 'x');
    expect(walkFiles(join(root, 'deep')).files).toHaveLength(1);
  });
});
