import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildFingerprint, rebuildReason, STAMP_FILE, writeStamp } from './build-stamp.ts';

let root: string;
const day = new Date('2026-12-06T10:00:00Z');
const write = (rel: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  fs.writeFileSync(path.join(root, rel), text);
};

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-stamp-'));
  write('content/entries/web/flask.md', '---\nname: Flask\n---\n');
  write('src/pages/index.astro', '<h1>hi</h1>');
  write('package-lock.json', '{}');
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe('buildFingerprint', () => {
  it('is stable for the same inputs and changes when any content or code file changes', () => {
    const a = buildFingerprint(root, {}, day);
    expect(buildFingerprint(root, {}, day)).toBe(a);
    write('content/entries/web/flask.md', '---\nname: Flask!\n---\n');
    const b = buildFingerprint(root, {}, day);
    expect(b).not.toBe(a);
    write('src/pages/new.astro', '<p/>');
    expect(buildFingerprint(root, {}, day)).not.toBe(b);
  });

  it('ignores what is not an input (the build output, node_modules)', () => {
    const a = buildFingerprint(root, {}, day);
    write('dist/index.html', 'x');
    write('node_modules/x/index.js', 'x');
    expect(buildFingerprint(root, {}, day)).toBe(a);
  });

  it('changes with the environment the build reads', () => {
    expect(buildFingerprint(root, { SITE_BASE: '/atlas/' }, day)).not.toBe(buildFingerprint(root, {}, day));
  });

  it('changes with the UTC day unless ATLAS_NOW pins it', () => {
    const tomorrow = new Date('2026-12-07T10:00:00Z');
    expect(buildFingerprint(root, {}, tomorrow)).not.toBe(buildFingerprint(root, {}, day));
    expect(buildFingerprint(root, { ATLAS_NOW: '2026-01-01' }, tomorrow)).toBe(buildFingerprint(root, { ATLAS_NOW: '2026-01-01' }, day));
  });
});

describe('rebuildReason', () => {
  const out = () => path.join(root, 'dist');
  const built = () => {
    write('dist/index.html', '<html>');
    fs.mkdirSync(path.join(out(), 'pagefind'), { recursive: true });
  };

  it('asks for a build when there is none, or no search index, or no stamp', () => {
    expect(rebuildReason(out(), 'f')).toBe(`${out()} has no built site`);
    write('dist/index.html', '<html>');
    expect(rebuildReason(out(), 'f')).toBe(`${out()} has no search index`);
    fs.mkdirSync(path.join(out(), 'pagefind'));
    expect(rebuildReason(out(), 'f')).toBe(`${out()} was built without a stamp`);
  });

  it('accepts a build stamped with the same fingerprint, and refuses another or a corrupt stamp', () => {
    built();
    writeStamp(out(), 'abc', day);
    expect(rebuildReason(out(), 'abc')).toBeNull();
    expect(rebuildReason(out(), 'def')).toBe('content or code changed since the last build');
    fs.writeFileSync(path.join(out(), STAMP_FILE), '{not json');
    expect(rebuildReason(out(), 'abc')).toBe(`${out()} was built without a stamp`);
  });
});
