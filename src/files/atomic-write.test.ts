import { mkdtempSync, readdirSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileAtomic, writeFileAtomicSync } from './atomic-write.ts';

const dirs: string[] = [];
function fresh(): string {
  const d = mkdtempSync(join(tmpdir(), 'atlas-atomic-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe.each([
  ['sync', async (p: string, t: string) => writeFileAtomicSync(p, t)],
  ['async', writeFileAtomic],
] as const)('writeFileAtomic (%s)', (_name, write) => {
  it('creates parent folders and replaces the file whole, leaving no temp file', async () => {
    const dir = fresh();
    const target = join(dir, 'a', 'b', 'store.json');
    await write(target, '{"v":1}\n');
    await write(target, '{"v":2}\n');
    expect(readFileSync(target, 'utf8')).toBe('{"v":2}\n');
    expect(readdirSync(join(dir, 'a', 'b'))).toEqual(['store.json']);
  });

  it('fails without touching the target or leaving a temp file when the rename cannot happen', async () => {
    const dir = fresh();
    const target = join(dir, 'taken');
    mkdirSync(join(target, 'child'), { recursive: true }); // a non-empty folder cannot be replaced by a file
    await expect(write(target, 'x')).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['taken']);
  });
});
