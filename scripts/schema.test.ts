import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const CLI = resolve(import.meta.dirname, 'schema.ts');
const out = mkdtempSync(join(tmpdir(), 'atlas-schema-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const run = (...args: string[]) => spawnSync(process.execPath, [CLI, '--out', out, ...args], { encoding: 'utf8' });

describe('npm run schema', () => {
  it('writes the schemas atomically, then --check passes', () => {
    expect(run().status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['category.schema.json', 'entry.schema.json', 'groups.schema.json', 'redirects.schema.json', 'resource.schema.json', 'synonyms.schema.json', 'tags.schema.json']);
    expect(run('--check').status).toBe(0);
  });

  it('--check --format github annotates each stale file; an unknown format is a usage error', () => {
    writeFileSync(join(out, 'tags.schema.json'), '{}\n');
    const stale = run('--check', '--format', 'github');
    expect(stale.status).toBe(1);
    expect(stale.stdout).toBe(`::error file=${join(out, 'tags.schema.json')},line=1,col=1,title=schema/stale::${join(out, 'tags.schema.json')} is out of date (fix: run npm run schema and commit public/schema/)\n`);
    expect(run('--format', 'xml').status).toBe(2);
  });
});
