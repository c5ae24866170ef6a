import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkStoreSchema } from '../schemas/link-status.ts';
import { writeFileAtomicSync as writeFileAtomic } from '../files/atomic-write.ts';
import { StoreError } from '../files/json-store.ts';
import { linkStoreSpec, loadLinkStore as loadStore, nextRecord, StoreWriter, workedRecently } from './store.ts';

const serializeStore = linkStoreSpec.serialize;

const T1 = '2026-11-27T00:00:00.000Z';
const T2 = '2026-11-28T00:00:00.000Z';

describe('nextRecord', () => {
  it('counts consecutive dead runs and resets them when the link works', () => {
    const a = nextRecord(undefined, { verdict: 'dead', status: 404 }, T1);
    expect(a).toEqual({ verdict: 'dead', status: 404, checkedAt: T1, failures: 1 });
    const b = nextRecord(a, { verdict: 'dead', status: 404 }, T2);
    expect(b.failures).toBe(2);
    const c = nextRecord(b, { verdict: 'ok', status: 200 }, T2);
    expect(c).toEqual({ verdict: 'ok', status: 200, checkedAt: T2, lastOk: T2, failures: 0 });
  });
  it('leaves the count alone on unknown, and keeps lastOk', () => {
    const ok = nextRecord(undefined, { verdict: 'ok' }, T1);
    const dead = nextRecord(ok, { verdict: 'dead' }, T2);
    const unknown = nextRecord(dead, { verdict: 'unknown', reason: 'timeout' }, T2);
    expect(unknown).toEqual({ verdict: 'unknown', reason: 'timeout', checkedAt: T2, lastOk: T1, failures: 1 });
  });
  it('records moves and archived repositories', () => {
    const r = nextRecord(undefined, { verdict: 'redirected', status: 200, finalUrl: 'https://n', archived: true }, T1);
    expect(r).toMatchObject({ verdict: 'redirected', finalUrl: 'https://n', archived: true, lastOk: T1, failures: 0 });
    expect(linkStoreSchema.safeParse({ version: 1, links: { u: r } }).success).toBe(true);
  });
});

describe('workedRecently', () => {
  const now = new Date(T2);
  it.each([
    ['ok an hour ago', { verdict: 'ok', checkedAt: '2026-11-27T23:00:00.000Z', failures: 0 }, true],
    ['ok two days ago', { verdict: 'ok', checkedAt: '2026-11-26T00:00:00.000Z', failures: 0 }, false],
    ['dead an hour ago', { verdict: 'dead', checkedAt: '2026-11-27T23:00:00.000Z', failures: 1 }, false],
    ['unknown an hour ago', { verdict: 'unknown', checkedAt: '2026-11-27T23:00:00.000Z', failures: 0 }, false],
  ] as const)('%s', (_n, rec, expected) => {
    expect(workedRecently(rec, 24 * 3600_000, now)).toBe(expected);
  });
});

describe('store files', () => {
  it('writes atomically and leaves no temp file behind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'store-'));
    writeFileAtomic(join(dir, 'a.json'), '{"x":1}');
    expect(readdirSync(dir)).toEqual(['a.json']);
  });
  it('reads a missing store as empty; a corrupt or newer one is refused, naming the file and the way back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'store-'));
    expect(loadStore(join(dir, 'none.json'))).toEqual({ version: 1, links: {} });
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"version":1,"links":');
    expect(() => loadStore(bad)).toThrow(StoreError);
    expect(() => loadStore(bad)).toThrow(/^is not valid JSON \(.*\); the link store was left as it is$/);
    try {
      loadStore(bad);
    } catch (e) {
      expect((e as StoreError).hint).toBe(`restore it from git (git checkout -- ${bad}), or run with --reset-store to start from an empty store`);
    }
    const newer = join(dir, 'newer.json');
    writeFileSync(newer, '{"version":2,"links":{},"flags":{}}');
    expect(() => loadStore(newer)).toThrow('was written by a newer version of this tool (link store version 2; this one reads up to 1); it was left as it is');
    expect(readFileSync(bad, 'utf8')).toBe('{"version":1,"links":');
  });
  it('flushes sorted, schema-valid JSON while results arrive and on close', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'store-'));
    const path = join(dir, 'links.json');
    const w = new StoreWriter(path, { version: 1, links: {} }, 20);
    w.set('https://b/', nextRecord(undefined, { verdict: 'ok' }, T1));
    w.set('https://a/', nextRecord(undefined, { verdict: 'dead' }, T1));
    await new Promise((r) => setTimeout(r, 60));
    const flushed = JSON.parse(readFileSync(path, 'utf8'));
    expect(Object.keys(flushed.links)).toEqual(['https://a/', 'https://b/']);
    w.prune(new Set(['https://a/']));
    w.close();
    expect(Object.keys(JSON.parse(readFileSync(path, 'utf8')).links)).toEqual(['https://a/']);
    expect(linkStoreSchema.safeParse(JSON.parse(readFileSync(path, 'utf8'))).success).toBe(true);
  });
  it('a store that cannot be written fails close() with its path, not the process from a timer', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'store-'));
    writeFileSync(join(dir, 'a-file'), 'x');
    const path = join(dir, 'a-file', 'links.json'); // its folder is a file
    const w = new StoreWriter(path, { version: 1, links: {} }, 5);
    w.set('https://a/', nextRecord(undefined, { verdict: 'ok' }, T1));
    await new Promise((r) => setTimeout(r, 40)); // the timed flush fails here; it must not throw
    w.set('https://b/', nextRecord(undefined, { verdict: 'ok' }, T1));
    expect(() => w.close()).toThrow(`cannot write the link store ${path}`);
  });
});

describe('run history in the store', () => {
  const run = { at: T2, checked: 2, ok: 1, redirected: 0, dead: 1, unknown: 0, suspect: 1, failing: 0 };
  it('loads a store written before history was kept', () => {
    const dir = mkdtempSync(join(tmpdir(), 'store-'));
    const path = join(dir, 'links.json');
    writeFileSync(path, JSON.stringify({ version: 1, links: { 'https://a/': nextRecord(undefined, { verdict: 'ok' }, T1) } }));
    const store = loadStore(path);
    expect(store.runs).toBeUndefined();
    expect(Object.keys(store.links)).toEqual(['https://a/']);
    expect(serializeStore(store)).not.toContain('runs');
  });
  it('serializes one run per line and reads back what it wrote', () => {
    const store = { version: 1 as const, links: { 'https://a/': nextRecord(undefined, { verdict: 'ok' }, T1) }, runs: [run, { ...run, at: T1 }] };
    const text = serializeStore(store);
    expect(text.split('\n').filter((l) => l.startsWith('  {"at":'))).toHaveLength(2);
    expect(linkStoreSchema.parse(JSON.parse(text))).toEqual(store);
    expect(JSON.parse(serializeStore({ version: 1, links: {}, runs: [] }))).toEqual({ version: 1, links: {}, runs: [] });
  });
  it('recordRun appends through the same atomic write, keeping the links', () => {
    const dir = mkdtempSync(join(tmpdir(), 'store-'));
    const path = join(dir, 'links.json');
    const w = new StoreWriter(path, { version: 1, links: {} }, 20);
    w.set('https://a/', nextRecord(undefined, { verdict: 'dead' }, T1));
    w.recordRun(run);
    w.close();
    const again = new StoreWriter(path, loadStore(path), 20);
    again.recordRun({ ...run, at: '2026-11-29T00:00:00.000Z' });
    again.close();
    const stored = linkStoreSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
    expect(stored.runs?.map((r) => r.at)).toEqual([T2, '2026-11-29T00:00:00.000Z']);
    expect(Object.keys(stored.links)).toEqual(['https://a/']);
    expect(readdirSync(dir)).toEqual(['links.json']);
  });
});
