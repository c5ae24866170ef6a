import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadJsonStore, StoreError, writeJsonStore, type StoreSpec } from './json-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'json-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A made-up store at version 3: version 1 had `items` as a list, version 2 renamed `count`. */
const spec: StoreSpec<{ version: 3; items: Record<string, number>; total: number }> = {
  what: 'test store',
  schema: z.object({ version: z.literal(3), items: z.record(z.string(), z.number()), total: z.number() }),
  empty: () => ({ version: 3, items: {}, total: 0 }),
  serialize: (s) => `${JSON.stringify(s)}\n`,
  version: {
    current: 3,
    migrations: {
      1: (old) => ({ items: Object.fromEntries((old.items as string[]).map((k) => [k, 1])), count: (old.items as string[]).length }),
      2: ({ count, ...rest }) => ({ ...rest, total: count }),
    },
  },
  resetOption: '--reset-store',
};
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
function caught(f: () => unknown): StoreError {
  try {
    f();
  } catch (e) {
    if (e instanceof StoreError) return e;
    throw e;
  }
  throw new Error('did not throw');
}

describe('loadJsonStore', () => {
  it('reads a missing file as the empty store', () => {
    expect(loadJsonStore(join(dir, 'absent.json'), spec)).toEqual({ version: 3, items: {}, total: 0 });
  });

  it('migrates an older version one step at a time', () => {
    expect(loadJsonStore(file('v1.json', '{"version":1,"items":["a","b"]}'), spec)).toEqual({ version: 3, items: { a: 1, b: 1 }, total: 2 });
  });

  it('refuses a newer version and leaves the file as it is', () => {
    const path = file('v9.json', '{"version":9,"items":{}}');
    const e = caught(() => loadJsonStore(path, spec));
    expect([e.path, e.message, e.hint]).toEqual([
      path,
      'was written by a newer version of this tool (test store version 9; this one reads up to 3); it was left as it is',
      'update this checkout (git pull) before running again',
    ]);
    expect(readFileSync(path, 'utf8')).toBe('{"version":9,"items":{}}');
  });

  it('refuses text that is not JSON, naming the file, git checkout and the reset option', () => {
    const path = file('cut.json', '{"version":3,"items":');
    const e = caught(() => loadJsonStore(path, spec));
    expect(e.message).toMatch(/^is not valid JSON \(.+\); the test store was left as it is$/);
    expect(e.hint).toBe(`restore it from git (git checkout -- ${path}), or run with --reset-store to start from an empty store`);
  });

  it('refuses JSON that does not match the schema, at the first wrong field', () => {
    const e = caught(() => loadJsonStore(file('wrong.json', '{"version":3,"items":{"a":"x"},"total":1}'), spec));
    expect(e.message).toBe('does not match the test store schema at items.a: Invalid input: expected number, received string; the file was left as it is');
  });
});

describe('writeJsonStore', () => {
  it('writes atomically and refuses an invalid value, keeping the old file', () => {
    const path = join(dir, 'out', 'store.json');
    writeJsonStore(path, spec, { version: 3, items: { a: 1 }, total: 1 });
    expect(caught(() => writeJsonStore(path, spec, { version: 3, items: {}, total: Number.NaN }))).toBeInstanceOf(StoreError);
    expect(readFileSync(path, 'utf8')).toBe('{"version":3,"items":{"a":1},"total":1}\n');
    expect(readdirSync(join(dir, 'out'))).toEqual(['store.json']);
  });
});
