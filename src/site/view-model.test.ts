import { describe, expect, test } from 'vitest';
import { alternativesFor, buildAtlas, findLinkRecord, isNewEntry, type AtlasInput } from './view-model.ts';
import type { Entry } from '../schemas/entry.ts';
import type { Category } from '../schemas/category.ts';
import { absolute, entriesJson, llmsTxt, newestEntries } from './machine.ts';
import { addedPerMonth, entriesPerGroup, linkFailingSince, linkVerdicts, livenessShares } from './stats.ts';

const now = new Date('2026-11-28T12:00:00Z');
const entry = (id: string, over: Partial<Entry> = {}) => {
  const [category, slug] = id.split('/') as [string, string];
  return {
    id,
    data: {
      name: slug,
      url: `https://${slug}.example.org/`,
      category,
      tags: ['web'],
      description: `${slug} does things.`,
      status: 'alternative',
      added: '2026-01-10',
      ...over,
    } as Entry,
    body: '',
  };
};
const category = (id: string, over: Partial<Category>) => ({
  id,
  data: { title: id, group: 'web', intro: 'x'.repeat(40), order: 10, ...over } as Category,
});

function input(over: Partial<AtlasInput> = {}): AtlasInput {
  return {
    entries: [
      entry('frameworks/flask', { status: 'recommended', subcategory: 'micro', repo: 'https://github.com/pallets/flask', pypi: 'Flask' }),
      entry('frameworks/bottle', { subcategory: 'micro' }),
      entry('frameworks/django', { status: 'recommended', subcategory: 'full' }),
      entry('frameworks/pylons', { status: 'legacy', added: '2026-11-20' }),
      entry('servers/gunicorn', { tags: ['web', 'http'] }),
      entry('nowhere/orphan'),
    ],
    categories: [
      category('servers', { order: 20 }),
      category('frameworks', { order: 10, subcategories: [{ id: 'full', title: 'Full-stack' }, { id: 'micro', title: 'Micro' }, { id: 'empty', title: 'Empty' }] }),
      category('tools', { group: 'dev' }),
    ],
    groups: [
      { id: 'dev', data: { id: 'dev', title: 'Developer tools', order: 20 } },
      { id: 'web', data: { id: 'web', title: 'Web', order: 10 } },
    ],
    tags: { web: 'Web things.', http: 'HTTP.' },
    activity: {
      fetchedAt: '2026-11-28T03:00:00Z',
      entries: {
        'frameworks/flask': {
          github: { repo: 'pallets/flask', stars: 69000, openIssues: 5, lastCommit: '2026-11-20T00:00:00Z', fetchedAt: '2026-11-28T03:00:00Z' },
          pypi: { name: 'Flask', monthlyDownloads: 90_000_000, released: '2026-10-01T00:00:00Z', fetchedAt: '2026-11-28T03:00:00Z' },
        },
        'frameworks/bottle': {
          github: { repo: 'bottlepy/bottle', stars: 8000, archived: true, lastCommit: '2024-01-01T00:00:00Z', fetchedAt: '2026-11-28T03:00:00Z' },
        },
      },
    },
    links: {
      version: 1,
      links: {
        'https://flask.example.org': { verdict: 'ok', checkedAt: '2026-11-27T00:00:00Z', failures: 0 },
        'https://bottle.example.org/': { verdict: 'dead', reason: '404', checkedAt: '2026-11-26T00:00:00Z', lastOk: '2026-10-01T00:00:00Z', failures: 3 },
      },
    },
    now,
    ...over,
  };
}

describe('buildAtlas', () => {
  const atlas = buildAtlas(input());

  test('orders groups, categories and entries (recommended first, then A–Z); drops unknown categories and empty groups', () => {
    expect(atlas.groups.map((g) => g.id)).toEqual(['web', 'dev']);
    expect(atlas.groups[0]!.categories.map((c) => c.id)).toEqual(['frameworks', 'servers']);
    expect(atlas.entries.map((e) => e.id)).toEqual(['frameworks/django', 'frameworks/flask', 'frameworks/bottle', 'frameworks/pylons', 'servers/gunicorn']);
    expect(atlas.entries.map((e) => e.order)).toEqual([0, 1, 2, 3, 4]);
    expect(atlas.byId.has('nowhere/orphan')).toBe(false);
  });

  test('a category lists its declared use cases with entries, then the rest as "Other"', () => {
    const fw = atlas.categories.find((c) => c.id === 'frameworks')!;
    expect(fw.sections.map((s) => [s.title, s.entries.map((e) => e.data.name)])).toEqual([
      ['Full-stack', ['django']],
      ['Micro', ['flask', 'bottle']],
      ['Other', ['pylons']],
    ]);
    const servers = atlas.categories.find((c) => c.id === 'servers')!;
    expect(servers.sections.map((s) => s.title)).toEqual(['All']);
  });

  test('activity becomes sort keys, flags and a health score; no data stays null', () => {
    const flask = atlas.byId.get('frameworks/flask')!;
    expect(flask.stars).toBe(69000);
    expect(flask.downloads).toBe(90_000_000);
    expect(flask.commitDays).toBe(8);
    expect(flask.health?.score).toBeGreaterThan(70);
    expect(flask.flags).toEqual({ archived: false, stale: false, deprecated: false, new: false });
    const bottle = atlas.byId.get('frameworks/bottle')!;
    expect(bottle.flags.archived).toBe(true);
    expect(bottle.flags.stale).toBe(true);
    const django = atlas.byId.get('frameworks/django')!;
    expect([django.stars, django.commitDays, django.downloads, django.health, django.signals]).toEqual([null, null, null, null, null]);
  });

  test('links carry the checker verdict, matched with or without the trailing slash', () => {
    const flask = atlas.byId.get('frameworks/flask')!;
    expect(flask.links.map((l) => [l.label, l.record?.verdict ?? null])).toEqual([
      ['Homepage', 'ok'],
      ['Repository', null],
      ['PyPI', null],
    ]);
    expect(findLinkRecord(input().links, 'https://bottle.example.org')?.verdict).toBe('dead');
    // The checker stores normalised keys (host lower-cased, empty path as "/").
    expect(findLinkRecord(input().links, 'HTTPS://Bottle.Example.org')?.verdict).toBe('dead');
    expect(atlas.linksCheckedAt).toBe('2026-11-27T00:00:00Z');
  });

  test('tag index lists tags A–Z with their entries in curated order', () => {
    expect([...atlas.tagIndex.keys()]).toEqual(['http', 'web']);
    expect(atlas.tagIndex.get('http')!.map((e) => e.id)).toEqual(['servers/gunicorn']);
  });

  test('without any store the atlas still builds, with no activity', () => {
    const bare = buildAtlas(input({ activity: { fetchedAt: null, entries: {} }, links: { version: 1, links: {} } }));
    expect(bare.hasActivity).toBe(false);
    expect(bare.entries.every((e) => e.health === null && e.links.every((l) => l.record === null))).toBe(true);
  });
});

describe('isNewEntry', () => {
  test.each([
    ['2026-11-20', '2026-01-10', true],
    ['2026-10-01', '2026-01-10', false],
    ['2026-11-20', '2026-11-20', false],
    ['2026-11-20', null, true],
  ])('added %s, launch %s -> %s', (added, launch, expected) => {
    expect(isNewEntry(added, launch, now)).toBe(expected);
  });
});

test('a legacy entry added after the launch is new', () => {
  expect(buildAtlas(input()).byId.get('frameworks/pylons')!.flags.new).toBe(true);
});

test('alternatives come from the same use case, else the same category', () => {
  const atlas = buildAtlas(input());
  expect(alternativesFor(atlas, atlas.byId.get('frameworks/flask')!).map((e) => e.id)).toEqual(['frameworks/bottle']);
  expect(alternativesFor(atlas, atlas.byId.get('frameworks/pylons')!).map((e) => e.id)).toEqual(['frameworks/django', 'frameworks/flask', 'frameworks/bottle']);
  expect(alternativesFor(atlas, atlas.byId.get('servers/gunicorn')!)).toEqual([]);
});

describe('machine-readable views', () => {
  const atlas = buildAtlas(input());
  test('entries.json has every entry with its page URL, flags, health and raw activity', () => {
    const json = entriesJson(atlas, 'https://atlas.example/');
    expect(json.entries).toHaveLength(5);
    const flask = json.entries.find((e) => e.id === 'frameworks/flask')!;
    expect(flask.page).toBe('https://atlas.example/entries/frameworks/flask/');
    expect(flask.url).toBe('https://flask.example.org/');
    expect(flask.activity?.github?.stars).toBe(69000);
    expect(typeof flask.health).toBe('number');
    expect(json.entries.find((e) => e.id === 'frameworks/django')!.activity).toBeNull();
  });

  test('llms.txt is Markdown with a title, a summary and one link per entry', () => {
    const text = llmsTxt(atlas, 'https://atlas.example/');
    expect(text.startsWith('# Python Atlas\n\n> ')).toBe(true);
    expect(text).toContain('## Web\n');
    expect(text).toContain('- [bottle](https://atlas.example/entries/frameworks/bottle/) (alternative, archived, stale): bottle does things.');
  });

  test('absolute URLs keep the deployment base', () => {
    expect(absolute('https://x.example/atlas/', '/entries/a/b/')).toBe('https://x.example/atlas/entries/a/b/');
    expect(absolute('https://x.example/atlas', '/entries/a/b/')).toBe('https://x.example/atlas/entries/a/b/');
    expect(absolute('https://x.example/', '/llms.txt')).toBe('https://x.example/llms.txt');
  });

  test('the feed lists newest additions first, then entries of one day in the curated order (not by name)', () => {
    expect(newestEntries(atlas, 4).map((e) => e.id)).toEqual(['frameworks/pylons', 'frameworks/django', 'frameworks/flask', 'frameworks/bottle']);
    expect(atlas.entries.filter((e) => e.data.added === '2026-01-10').slice(0, 3).map((e) => e.id)).toEqual(newestEntries(atlas, 4).slice(1).map((e) => e.id));
  });
});

describe('stats', () => {
  const atlas = buildAtlas(input());
  test('entries per group and liveness buckets add up', () => {
    expect(entriesPerGroup(atlas).map((c) => [c.key, c.value])).toEqual([['web', 5], ['dev', 0]]);
    const live = Object.fromEntries(livenessShares(atlas).map((c) => [c.key, c.value]));
    expect(live).toEqual({ active: 1, stale: 0, dormant: 0, deprecated: 0, archived: 1, none: 3 });
  });

  test('link verdicts count every link of every entry', () => {
    const v = Object.fromEntries(linkVerdicts(atlas).map((c) => [c.key, c.value]));
    expect(v).toEqual({ ok: 1, redirected: 0, unknown: 0, dead: 1, unchecked: 5 });
  });

  test('failing links are bucketed by how long ago they last worked', () => {
    const f = Object.fromEntries(linkFailingSince(input().links).map((c) => [c.key, c.value]));
    expect(f).toEqual({ ok: 1, w1: 0, w4: 0, old: 1 });
  });

  test('added per month fills the gaps', () => {
    expect(addedPerMonth(atlas).map((c) => [c.key, c.value])).toEqual([
      ['2026-01', 4],
      ['2026-02', 0],
      ['2026-03', 0],
      ['2026-04', 0],
      ['2026-05', 0],
      ['2026-06', 0],
      ['2026-07', 0],
      ['2026-08', 0],
      ['2026-09', 0],
      ['2026-10', 0],
      ['2026-11', 1],
    ]);
  });
});
