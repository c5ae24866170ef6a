import { afterAll, expect, test } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateSiteContent } from './site-content.ts';
import { parseSourceText } from '../content/model.ts';
import { entrySchema } from '../schemas/entry.ts';
import { activityStoreSchema } from '../schemas/activity.ts';
import { linkStoreSchema } from '../schemas/link-status.ts';

const out = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-site-content-'));
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

test('synthetic content for the site bench is valid against the real schemas, with stores for every entry', () => {
  const n = 120;
  generateSiteContent({ source: path.resolve('content'), out, entries: n, now: new Date('2026-11-28T00:00:00Z'), activity: true });
  const files = fs.readdirSync(path.join(out, 'entries'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'));
  expect(files).toHaveLength(n);
  const problems: string[] = [];
  const categories = new Set(fs.readdirSync(path.join(out, 'categories')).map((f) => f.replace(/\.yaml$/, '')));
  for (const f of files) {
    const read = parseSourceText('markdown', f, fs.readFileSync(path.join(out, 'entries', f), 'utf8'), 'required');
    const parsed = entrySchema.safeParse(read.file?.raw);
    if (!parsed.success) problems.push(`${f}: ${parsed.error.issues[0]?.message}`);
    else if (!categories.has(parsed.data.category) || !f.startsWith(`${parsed.data.category}/`)) problems.push(`${f}: category ${parsed.data.category}`);
  }
  expect(problems).toEqual([]);
  const activity = activityStoreSchema.parse(JSON.parse(fs.readFileSync(path.join(out, 'data', 'activity.json'), 'utf8')));
  expect(Object.keys(activity.entries).length).toBeGreaterThan(n / 2);
  expect(Object.values(activity.entries).every((a) => (a.history?.length ?? 0) === 12)).toBe(true);
  const links = linkStoreSchema.parse(JSON.parse(fs.readFileSync(path.join(out, 'data', 'links.json'), 'utf8')));
  const runs = links.runs ?? [];
  expect(runs).toHaveLength(30);
  expect(runs.map((r) => r.at)).toEqual(runs.map((r) => r.at).sort());
  expect(runs.at(-1)!.at.slice(0, 10)).toBe('2026-11-28');
  const linkCount = Object.keys(links.links).length;
  expect(runs.every((r) => r.checked === linkCount && r.ok + r.redirected + r.dead + r.unknown === r.checked && r.ok > 0)).toBe(true);
});
