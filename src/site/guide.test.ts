import { describe, expect, test } from 'vitest';
import type { Entry } from '../schemas/entry.ts';
import type { EntryActivity } from '../schemas/activity.ts';
import { buildAtlas } from './view-model.ts';
import { comparisonRow, decisionGuide, firstParagraph, pythonVersionRange, releaseFigure, type ComparisonRow } from './guide.ts';

const now = new Date('2026-12-06T12:00:00Z');
const fetchedAt = '2026-12-06T03:00:00Z';

function entry(slug: string, over: Partial<Entry> = {}, body = '') {
  return {
    id: `web/${slug}`,
    data: { name: slug, url: `https://${slug}.example.org/`, category: 'web', tags: ['web'], description: `${slug} serves web pages.`, status: 'alternative', added: '2026-01-10', ...over } as Entry,
    body,
  };
}

function atlasWith(entries: ReturnType<typeof entry>[], activity: Record<string, EntryActivity> = {}) {
  return buildAtlas({
    entries,
    categories: [{ id: 'web', data: { title: 'Web', group: 'g', order: 1, intro: 'x'.repeat(40), subcategories: [{ id: 'api', title: 'APIs' }, { id: 'micro', title: 'Micro' }] } }],
    groups: [{ id: 'g', data: { id: 'g', title: 'G', order: 1 } }],
    tags: { web: 'Web.' },
    activity: { fetchedAt, entries: activity },
    links: { version: 1, links: {} },
    now,
  });
}

const rowOf = (activity: EntryActivity | undefined, over: Partial<Entry> = {}): ComparisonRow => {
  const atlas = atlasWith([entry('one', over)], activity ? { 'web/one': activity } : {});
  return comparisonRow(atlas.entries[0]!, now);
};

describe('decisionGuide', () => {
  const atlas = atlasWith(
    [
      entry('fast', { status: 'recommended', subcategory: 'api', pick: 'you start a typed JSON API and want docs from annotations.' }, 'Choose it for typed APIs, see [the docs][d].\n\nWhen not to: admin sites.\n\n[d]: https://docs.example.org/\n'),
      entry('lite', { subcategory: 'api', pick: 'a larger typed API needs more built in than fast offers.' }),
      entry('old', { status: 'legacy', subcategory: 'api' }),
      entry('flask', { status: 'recommended', subcategory: 'micro' }),
      entry('werk', { status: 'recommended', subcategory: 'micro' }),
      entry('loose'),
    ],
    {
      'web/lite': {
        github: { repo: 'l/lite', stars: 8123, license: 'MIT', fetchedAt },
        pypi: { name: 'lite', version: '2.1.0', released: '2026-09-01T00:00:00Z', pythonVersions: ['3.10', '3.11', '3.12'], fetchedAt },
      },
    },
  );
  const guide = decisionGuide(atlas.categories[0]!, now);

  test('one section per use case with entries, recommended entries first and the rest after, in curated order', () => {
    expect(guide.map((s) => [s.id, s.count, s.picks.map((p) => p.row.name), s.rest.map((r) => r.name)])).toEqual([
      ['api', 3, ['fast'], ['lite', 'old']],
      ['micro', 2, ['flask', 'werk'], []],
      ['other', 1, [], ['loose']],
    ]);
  });

  test("a pick's reason is its pick line and its note's first paragraph, with the note's link definitions", () => {
    const pick = guide[0]!.picks[0]!;
    expect(pick.row.pick).toBe('you start a typed JSON API and want docs from annotations.');
    expect(pick.reason).toBe('Choose it for typed APIs, see [the docs][d].\n\n[d]: https://docs.example.org/');
    expect(guide[1]!.picks[0]!.reason).toBeNull();
  });

  test('figures from the activity store; absent data is null, never zero', () => {
    const [lite, old] = guide[0]!.rest;
    expect(lite).toMatchObject({
      pick: 'a larger typed API needs more built in than fast offers.',
      status: 'alternative',
      stars: { text: '8.1k', title: '8,123 GitHub stars' },
      release: { text: '3 months ago', version: '2.1.0', datetime: '2026-09-01T00:00:00Z' },
      python: { text: '3.10–3.12' },
      licence: { text: 'MIT' },
    });
    expect(old).toMatchObject({ pick: null, status: 'legacy', stars: null, release: null, python: null, licence: null });
  });
});

describe('comparison figures', () => {
  test('zero stars is a figure, not absent', () => {
    expect(rowOf({ github: { repo: 'a/b', stars: 0, fetchedAt } }).stars).toEqual({ text: '0', title: '0 GitHub stars' });
  });

  test('a missing repository or PyPI project shows no figures from it', () => {
    const row = rowOf({ github: { repo: 'a/b', missing: true, stars: 5, license: 'MIT', fetchedAt }, pypi: { name: 'b', missing: true, version: '1.0', fetchedAt } });
    expect([row.stars, row.licence, row.release, row.python]).toEqual([null, null, null, null]);
  });

  test('the last release falls back to GitHub when the project is not on PyPI', () => {
    const row = rowOf({ github: { repo: 'a/b', latestRelease: { tag: 'v3.0', date: '2026-12-01T00:00:00Z' }, fetchedAt } });
    expect(row.release).toEqual({ text: '5 days ago', version: 'v3.0', datetime: '2026-12-01T00:00:00Z' });
  });

  test('a release without a date still shows its version', () => {
    const atlas = atlasWith([entry('one')], { 'web/one': { pypi: { name: 'one', version: '0.9', released: null, fetchedAt } } });
    expect(releaseFigure(atlas.entries[0]!, now)).toEqual({ text: '0.9' });
  });

  test('Python versions: classifiers first, else requires-python', () => {
    expect(rowOf({ pypi: { name: 'b', requiresPython: '>=3.9', pythonVersions: [], fetchedAt } }).python).toEqual({ text: '3.9+', title: 'requires Python >=3.9' });
    expect(rowOf({ pypi: { name: 'b', requiresPython: '>=3.8,<4', fetchedAt } }).python).toEqual({ text: '>=3.8,<4', title: 'requires Python >=3.8,<4' });
    expect(rowOf({ pypi: { name: 'b', requiresPython: null, fetchedAt } }).python).toBeNull();
  });

  test('archived or stale and deprecated are carried as flags; no activity means every figure is absent', () => {
    const row = rowOf(undefined, { pick: 'you maintain code built on it and cannot move yet to anything newer.' });
    expect(row).toMatchObject({ flags: [], stars: null, release: null, python: null, licence: null });
    expect(rowOf({ github: { repo: 'a/b', archived: true, fetchedAt } }).flags).toEqual(['archived']);
  });
});

describe('pythonVersionRange', () => {
  test.each([
    [['3.10', '3.11', '3.12', '3.13'], '3.10–3.13'],
    [['3.13', '3.8', '3.10', '3.11', '3.12'], '3.8, 3.10–3.13'],
    [['3.12'], '3.12'],
    [['2.7', '3.6', '3.7'], '2.7, 3.6–3.7'],
    [['3', '3.11', '3.11'], '3.11'],
    [[], ''],
  ] as const)('%j → %s', (versions, expected) => {
    expect(pythonVersionRange(versions)).toBe(expected);
  });
});

describe('firstParagraph', () => {
  test('skips a leading heading or list and keeps inline Markdown', () => {
    expect(firstParagraph('## Why\n\n- a\n- b\n\nUse **it** for [x](/entries/web/x/).\n\nMore.')).toBe('Use **it** for [x](/entries/web/x/).');
  });

  test('is null for an empty note or one without a paragraph', () => {
    expect(firstParagraph('')).toBeNull();
    expect(firstParagraph('- only\n- a list\n')).toBeNull();
  });
});
