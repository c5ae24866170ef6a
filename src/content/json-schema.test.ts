import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderJsonSchema, SCHEMA_TARGETS, toJsonSchema } from './json-schema.ts';

const entryTarget = SCHEMA_TARGETS.find((t) => t.file === 'entry.schema.json')!;

describe('JSON Schemas from the zod schemas', () => {
  it('describes the entry frontmatter with its required fields and no extra keys', () => {
    const schema = toJsonSchema(entryTarget) as { required: string[]; additionalProperties: boolean; properties: Record<string, Record<string, unknown>> };
    expect(schema.required).toEqual(['name', 'url', 'category', 'tags', 'description', 'status', 'added']);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.status!.enum).toEqual(['recommended', 'alternative', 'legacy']);
  });

  it('turns the date preprocess into a plain YYYY-MM-DD string', () => {
    const added = (toJsonSchema(entryTarget) as { properties: { added: unknown } }).properties.added;
    expect(added).toEqual({ type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'A date written YYYY-MM-DD.' });
  });

  it('asks for https URLs and code-host repositories, as the validator does', () => {
    const props = (toJsonSchema(entryTarget) as { properties: Record<string, { pattern?: string }> }).properties;
    expect(props.url!.pattern).toBe('^https://');
    expect(new RegExp(props.repo!.pattern!).test('https://github.com/pallets/flask')).toBe(true);
    expect(new RegExp(props.repo!.pattern!).test('https://example.org/x/y')).toBe(false);
  });

  it('renders deterministically', () => {
    for (const t of SCHEMA_TARGETS) expect(renderJsonSchema(t)).toBe(renderJsonSchema(t));
  });
});

describe('schema CLI', () => {
  const cli = resolve(import.meta.dirname, '../../scripts/schema.ts');
  const dir = mkdtempSync(join(tmpdir(), 'atlas-schema-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (...args: string[]) => spawnSync(process.execPath, [cli, '--out', dir, ...args], { encoding: 'utf8' });

  it('--check fails when files are missing, passes after writing, fails again when one is edited', () => {
    const missing = run('--check');
    expect(missing.status).toBe(1);
    expect(missing.stdout).toContain(`${join(dir, 'entry.schema.json')}:1:1  schema/stale  ${join(dir, 'entry.schema.json')} is missing\n    fix: run npm run schema and commit public/schema/\n`);
    expect(run().status).toBe(0);
    expect(run('--check').status).toBe(0);
    expect(readFileSync(join(dir, 'entry.schema.json'), 'utf8')).toBe(renderJsonSchema(entryTarget));
    writeFileSync(join(dir, 'tags.schema.json'), '{}\n');
    const stale = run('--check');
    expect(stale.status).toBe(1);
    expect(stale.stdout).toMatch(/tags\.schema\.json is out of date\n    fix: run npm run schema/);
  });

  it('exits 2 on an unknown option', () => {
    expect(run('--nope').status).toBe(2);
  });
});
