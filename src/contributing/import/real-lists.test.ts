/**
 * The importer on the two real awesome-python READMEs in ../shared/data (never committed): every
 * project row of the matching TSV must come out as exactly one entry (or resource) in the same
 * group, section and subcategory. Skips, saying why, when the data folder is absent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { sameUrlKey } from '../../identity/url.ts';
import { entrySchema, type Entry } from '../../schemas/entry.ts';
import { resourceSchema, type Resource } from '../../schemas/resource.ts';
import { importAwesomeList } from './run.ts';
import { resourceKindOf } from './plan.ts';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const data = process.env.ATLAS_SHARED_DATA ?? join(repoRoot, '..', 'shared', 'data');
const present = existsSync(join(data, 'awesome-lists'));
if (!present) console.warn(`skipping the real-list import tests: ${data}/awesome-lists is absent`);

interface Row { group: string; section: string; subcategory: string; name: string; url: string; kind: string }

function readTsv(file: string): Row[] {
  const [header, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
  const cols = (header ?? '').split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    const get = (c: string) => (cols.includes(c) ? (cells[cols.indexOf(c)] ?? '') : '');
    return { group: get('group'), section: get('section'), subcategory: get('subcategory'), name: get('name'), url: get('url'), kind: get('kind') || 'entry' };
  });
}

/** A TSV subcategory is raw Markdown ("MySQL - [awesome-mysql](…)"); our titles drop the pointer. */
function cleanSubcategory(text: string): string {
  return text
    .replace(/\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/[\s,;:–—-]*\b(also see|see also)\s*$/i, '')
    .replace(/[\s,;:–—-]+$/, '')
    .trim();
}

const key = (group: string, section: string, subcategory: string, name: string, url: string) =>
  [group, section, cleanSubcategory(subcategory), name, sameUrlKey(url) ?? url].join(' | ');

/**
 * Imports `md` (planning only: the disk side is covered by import.test.ts) and describes every
 * planned entry and resource as a key like the TSV's.
 */
async function importAndDescribe(md: string, withGroups: boolean) {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-real-'));
  try {
    const result = await importAwesomeList(md, { into: dir, today: '2026-11-28', dryRun: true });
    const groups = new Map((result.plan.groups ?? []).map((g) => [g.id, g.title]));
    const categories = new Map(result.plan.categories.map((c) => [c.id, c.category]));
    const entries: string[] = [];
    const sublinks: string[] = [];
    for (const file of result.plan.files) {
      if (file.kind === 'entry') {
        const entry = file.data as Entry;
        const category = categories.get(entry.category);
        const sub = category?.subcategories?.find((s) => s.id === entry.subcategory)?.title ?? '';
        const k = key(withGroups ? (groups.get(category?.group ?? '') ?? '?') : '', category?.title ?? '?', sub, entry.name, entry.url);
        (file.source.sublinkOf !== undefined ? sublinks : entries).push(k);
      } else {
        const resource = file.data as Resource;
        expect(resourceKindOf(file.source.section)).toBe(resource.kind);
        entries.push(key(withGroups ? 'Resources' : '', file.source.section, '', resource.name, resource.url));
      }
    }
    const invalid = result.plan.files.filter((f) => !(f.kind === 'entry' ? entrySchema : resourceSchema).safeParse(f.data).success).map((f) => f.rel);
    return { result, entries: entries.sort(), sublinks: sublinks.sort(), invalid };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.skipIf(!present)('importing the real awesome-python lists', () => {
  let figures: string[] = [];
  beforeAll(() => {
    figures = [];
  });
  afterAll(() => {
    if (figures.length) console.log(figures.join('\n'));
  });

  it('2026-08: one entry per `entry` row of the TSV, in the same group, section and subcategory', async () => {
    const rows = readTsv(join(data, 'python-projects-2026-08.tsv'));
    const got = await importAndDescribe(join(data, 'awesome-lists', 'awesome-python-2026-08.md'), true);
    expect(got.invalid).toEqual([]);
    expect(got.result.problems).toEqual([]);
    const entryRows = rows.filter((r) => r.kind === 'entry').map((r) => key(r.group, r.section, r.subcategory, r.name, r.url)).sort();
    const alsoSee = rows.filter((r) => r.kind === 'also-see').map((r) => key(r.group, r.section, r.subcategory, r.name, r.url)).sort();
    expect(got.entries).toEqual(entryRows);
    // Sub-links (awesome-flask under flask) are the TSV's also-see rows, filed as entries pointing at their parent.
    expect(got.sublinks).toEqual(alsoSee);
    figures.push(
      `2026-08: ${got.result.itemsSeen} linked items -> ${entryRows.length} entry rows matched (${got.result.plan.files.filter((f) => f.kind === 'resource').length} as resources) + ${alsoSee.length} also-see sub-links; ` +
        `${got.result.notes.filter((n) => n.rule === 'missing-description').length} need a description; ${got.result.tocLinks} ToC links skipped; ${Math.round(got.result.ms)} ms`,
    );
  });

  it('2026-01: one entry per row of the TSV, in the same section and subcategory', async () => {
    const rows = readTsv(join(data, 'python-projects-2026-01.tsv'));
    const got = await importAndDescribe(join(data, 'awesome-lists', 'awesome-python-2026-01.md'), false);
    expect(got.invalid).toEqual([]);
    expect(got.result.problems).toEqual([]);
    const expected = rows.map((r) => key('', r.section, r.subcategory, r.name, r.url)).sort();
    expect([...got.entries, ...got.sublinks].sort()).toEqual(expected);
    figures.push(
      `2026-01: ${got.result.itemsSeen} linked items -> ${rows.length} TSV rows matched (${got.sublinks.length} of them sub-links); ` +
        `${got.result.notes.filter((n) => n.rule === 'missing-description').length} need a description; ${got.result.tocLinks} ToC links skipped; ${Math.round(got.result.ms)} ms`,
    );
  });
});
