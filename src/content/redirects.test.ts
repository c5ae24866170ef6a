import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadRedirects } from './redirects.ts';

describe('loadRedirects', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('reads nothing from a content folder without redirects.yaml', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-redirects-'));
    expect(loadRedirects(dir)).toEqual({});
  });

  it('parses a valid file', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-redirects-'));
    writeFileSync(path.join(dir, 'redirects.yaml'), 'categories:\n  old-id: new-id\n');
    expect(loadRedirects(dir)).toEqual({ categories: { 'old-id': 'new-id' } });
  });

  it('stops the build with one line naming the file when it is malformed', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-redirects-'));
    writeFileSync(path.join(dir, 'redirects.yaml'), 'categories:\n  old-id: New Id\n');
    expect(() => loadRedirects(dir!)).toThrow(`${path.join(dir, 'redirects.yaml')} is not valid (run npm run validate to see where): must be a category id, or <category>#<subcategory>, like "packaging#wheels"`);
  });
});
