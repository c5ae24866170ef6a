import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreError } from '../files/json-store.ts';
import { activityStoreSpec, loadActivityStore as loadStore, writeActivityStore as writeStore } from './store.ts';

const serializeStore = activityStoreSpec.serialize;

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});
const tmp = () => (dir = mkdtempSync(join(tmpdir(), 'activity-store-')));

describe('activity store', () => {
  it('reads a missing file as an empty store', () => {
    expect(loadStore(join(tmp(), 'none.json'))).toEqual({ fetchedAt: null, entries: {} });
  });

  it('writes entries sorted by id and fields in schema order, whatever the input order', () => {
    const text = serializeStore({
      fetchedAt: '2026-11-28T00:00:00Z',
      entries: {
        'b/y': { pypi: { fetchedAt: '2026-11-28T00:00:00Z', name: 'y' }, github: { stars: 1, fetchedAt: '2026-11-28T00:00:00Z', repo: 'o/y' } },
        'a/x': { note: 'GitLab repository' },
      },
    });
    expect(text.indexOf('"a/x"')).toBeLessThan(text.indexOf('"b/y"'));
    const y = JSON.parse(text).entries['b/y'];
    expect(Object.keys(y)).toEqual(['github', 'pypi']);
    expect(Object.keys(y.github)).toEqual(['repo', 'stars', 'fetchedAt']);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('writes atomically (no temp file left) and round-trips', () => {
    const path = join(tmp(), 'data', 'activity.json');
    const store = { fetchedAt: null, entries: { 'a/b': { github: { repo: 'o/n', missing: true, fetchedAt: '2026-11-28T00:00:00Z' } } } };
    writeStore(path, store);
    writeStore(path, store);
    expect(loadStore(path)).toEqual(store);
    expect(readdirSync(join(dir!, 'data'))).toEqual(['activity.json']);
  });

  it('refuses to write an invalid store and leaves the old file intact', () => {
    const path = join(tmp(), 'activity.json');
    writeStore(path, { fetchedAt: null, entries: {} });
    const before = readFileSync(path, 'utf8');
    expect(() => writeStore(path, { fetchedAt: 'yesterday', entries: {} })).toThrow(StoreError);
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  it('names the problem in a corrupt store instead of overwriting it', () => {
    const path = join(tmp(), 'activity.json');
    writeFileSync(path, '{"fetchedAt": null, "entries": {"x": {"github": {"repo": 1}}}}');
    expect(() => loadStore(path)).toThrow(/entries\.x\.github\.repo/);
    writeFileSync(path, '{ nope');
    expect(() => loadStore(path)).toThrow(/is not valid JSON/);
  });
});
