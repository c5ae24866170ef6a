import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadActivity, loadLinks } from './stores.ts';

const root = mkdtempSync(join(tmpdir(), 'atlas-stores-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function contentWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(root, 'c-'));
  mkdirSync(join(dir, 'data'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'data', name), text);
  return dir;
}

describe('site stores', () => {
  it('read as empty stores when the scripts never ran', () => {
    const dir = contentWith({});
    expect(loadActivity(dir)).toEqual({ fetchedAt: null, entries: {} });
    expect(loadLinks(dir)).toEqual({ version: 1, links: {} });
  });

  it('fail the build naming the file when a store is corrupt', () => {
    const dir = contentWith({ 'activity.json': '{"entries": 3}', 'links.json': '{' });
    expect(() => loadActivity(dir)).toThrow(`${join(dir, 'data', 'activity.json')}: does not match the activity store schema`);
    expect(() => loadLinks(dir)).toThrow(`${join(dir, 'data', 'links.json')}: is not valid JSON`);
  });
});
