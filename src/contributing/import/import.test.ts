import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { execFileSync, spawnSync } from 'node:child_process';
import { parse as parseYaml } from 'yaml';
import { parseSourceText } from '../../content/model.ts';
import { loadContent } from '../../content/load.ts';
import { validateContent } from '../../content/validate.ts';
import { importAwesomeList } from './run.ts';
import { parseAwesomeList } from './parse.ts';
import { resourceKindOf, tagsForTitles } from './plan.ts';
import { appendSubcategories } from './write.ts';

const here = dirname(fileURLToPath(import.meta.url));
const fixture = (name: string) => join(here, 'fixtures', name);
const repoRoot = join(here, '..', '..', '..');
const TODAY = '2026-11-28';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'atlas-import-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function freshDir(name: string): string {
  const dir = join(tmp, name);
  rmSync(dir, { recursive: true, force: true });
  return dir;
}

/** Every `.md` under dir/sub, as { rel, data, body }. */
function readMarkdown(dir: string, sub: string) {
  const root = join(dir, sub);
  if (!existsSync(root)) return [];
  return (readdirSync(root, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((rel) => {
      const fm = parseSourceText('markdown', rel, readFileSync(join(root, rel), 'utf8')).file;
      return { rel: `${sub}/${rel}`, data: fm?.yaml?.data as Record<string, unknown>, body: fm?.body ?? '' };
    });
}

/** Validator problems other than the style/editorial ones an import is expected to leave for humans. */
function structuralProblems(dir: string) {
  const editorial = new Set(['description-style', 'placeholder-text', 'tag-count', 'small-category', 'duplicate-entry', 'duplicate-description', 'https-only']);
  return validateContent(loadContent(dir), null, new Date(`${TODAY}T00:00:00Z`)).filter((p) => p.severity === 'error' && !editorial.has(p.rule));
}

describe('importing the grouped layout (bold group lines, ### sections, nested subcategory bullets)', () => {
  let dir: string;
  let result: Awaited<ReturnType<typeof importAwesomeList>>;
  beforeAll(async () => {
    dir = freshDir('grouped');
    result = await importAwesomeList(fixture('grouped-layout.md'), { into: dir, today: TODAY });
  });

  it('writes one file per linked item and skips the table of contents', () => {
    expect(result.itemsSeen).toBe(9);
    expect(result.tocLinks).toBe(3);
    expect(result.problems).toEqual([]);
    const entries = readMarkdown(dir, 'entries').map((e) => e.rel);
    expect(entries).toEqual([
      'entries/deployment-tools/shipit.md',
      'entries/frameworks/awesome-widgetry.md',
      'entries/frameworks/cogs.md',
      'entries/frameworks/spinner.md',
      'entries/frameworks/widgetry.md',
      'entries/helpers/no-words.md',
      'entries/helpers/tiny-help.md',
    ]);
    expect(readMarkdown(dir, 'resources').map((r) => [r.rel, r.data.kind])).toEqual([
      ['resources/newsletter/widget-weekly.md', 'newsletter'],
      ['resources/podcast/talking-widgets.md', 'podcast'],
    ]);
  });

  it('maps bold lines to groups and keeps section order, intro, subcategories and see-also links', () => {
    const groups = parseYaml(readFileSync(join(dir, 'groups.yaml'), 'utf8')).groups;
    expect(groups).toEqual([
      { id: 'building', title: 'Building', order: 10 },
      { id: 'using', title: 'Using', order: 20 },
    ]);
    const frameworks = parseYaml(readFileSync(join(dir, 'categories/frameworks.yaml'), 'utf8'));
    expect(frameworks).toMatchObject({
      title: 'Frameworks',
      group: 'building',
      order: 10,
      intro: 'Whole frameworks for building widgets of every size. Also see Helpers and awesome-gadgets.',
      subcategories: [
        { id: 'synchronous', title: 'Synchronous' },
        { id: 'asynchronous', title: 'Asynchronous' },
      ],
      seeAlso: [
        { title: 'Helpers', url: '/category/helpers/' },
        { title: 'awesome-gadgets', url: 'https://github.com/example/awesome-gadgets' },
      ],
    });
    expect(parseYaml(readFileSync(join(dir, 'categories/deployment-tools.yaml'), 'utf8')).group).toBe('using');
  });

  it('fills repo from the link, and links a nested sub-link to its parent entry', () => {
    const byRel = new Map(readMarkdown(dir, 'entries').map((e) => [e.rel, e]));
    expect(byRel.get('entries/frameworks/widgetry.md')?.data).toMatchObject({
      name: 'widgetry',
      url: 'https://github.com/example/widgetry',
      repo: 'https://github.com/example/widgetry',
      category: 'frameworks',
      subcategory: 'synchronous',
      description: 'Builds widgets from plain functions.',
      status: 'recommended',
      added: TODAY,
    });
    expect(byRel.get('entries/frameworks/cogs.md')?.data.repo).toBeUndefined();
    expect(byRel.get('entries/deployment-tools/shipit.md')?.data.repo).toBe('https://gitlab.com/example/group/shipit');
    const sub = byRel.get('entries/frameworks/awesome-widgetry.md');
    expect(sub?.data.subcategory).toBe('synchronous');
    expect(sub?.body.trim()).toBe('Listed under [widgetry](/entries/frameworks/widgetry/) in grouped-layout.md.');
  });

  it('marks items without a description with a TODO for a human, and says so', () => {
    const noWords = readMarkdown(dir, 'entries').find((e) => e.rel.endsWith('no-words.md'));
    expect(String(noWords?.data.description)).toMatch(/^TODO: /);
    expect(result.notes.filter((n) => n.rule === 'missing-description').map((n) => n.line)).toEqual([26, 36, 52]);
    expect(result.notes.find((n) => n.rule === 'short-intro')?.message).toContain('"Helpers"');
    const helpers = parseYaml(readFileSync(join(dir, 'categories/helpers.yaml'), 'utf8'));
    expect(helpers.intro).toMatch(/^TODO: .*Source: Small helpers\.$/);
  });

  it('drafts a TODO pick line on every entry, which the placeholder rule refuses to merge', () => {
    const entries = readMarkdown(dir, 'entries');
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) expect(String(e.data.pick)).toBe(`TODO: finish "Pick it when …" for ${String(e.data.name)}: when to choose it over its neighbours, in our own words.`);
    const text = readFileSync(join(dir, entries.find((e) => e.rel.endsWith('no-words.md'))!.rel), 'utf8');
    expect(text).toMatch(/\ndescription: .*\npick: .*\nstatus: /);
    const problems = validateContent(loadContent(dir), null, new Date(`${TODAY}T00:00:00Z`));
    const pickProblems = problems.filter((p) => p.message.startsWith('pick ') || p.rule.includes('pick'));
    expect(pickProblems.map((p) => `${p.rule} ${p.severity} ${p.message}`)).toEqual(Array(entries.length).fill('placeholder-text error pick is a TODO placeholder'));
  });

  it('produces files the validator accepts structurally (schema, paths, categories, groups, tags, links)', () => {
    expect(structuralProblems(dir)).toEqual([]);
  });

  it('skips everything on a second run, so an interrupted import can be resumed', async () => {
    const again = await importAwesomeList(fixture('grouped-layout.md'), { into: dir, today: TODAY });
    expect(again.plan.files).toEqual([]);
    expect(again.notes.filter((n) => n.rule === 'already-listed')).toHaveLength(9);
    expect(again.written).toEqual([]);
  });

  it('copies no text from the source with --descriptions todo', async () => {
    const todoDir = freshDir('grouped-todo');
    const r = await importAwesomeList(fixture('grouped-layout.md'), { into: todoDir, today: TODAY, descriptions: 'todo' });
    expect(r.plan.files.map((f) => f.data.description.slice(0, 5))).toEqual(Array(9).fill('TODO:'));
    expect(r.plan.categories.every((c) => c.category.intro.startsWith('TODO:'))).toBe(true);
    expect(readFileSync(join(todoDir, 'categories/frameworks.yaml'), 'utf8')).not.toContain('Whole frameworks');
  });

  it('folds sub-links into the parent note with --sublinks notes', async () => {
    const notesDir = freshDir('grouped-notes');
    const r = await importAwesomeList(fixture('grouped-layout.md'), { into: notesDir, today: TODAY, sublinks: 'notes' });
    expect(r.plan.foldedSublinks).toBe(1);
    expect(existsSync(join(notesDir, 'entries/frameworks/awesome-widgetry.md'))).toBe(false);
    expect(readFileSync(join(notesDir, 'entries/frameworks/widgetry.md'), 'utf8')).toContain(
      '- Also see [awesome-widgetry](https://github.com/someone/awesome-widgetry)',
    );
  });
});

describe('importing the flat layout (## sections, * and + bullets, 4-space nesting, # Resources)', () => {
  let dir: string;
  let result: Awaited<ReturnType<typeof importAwesomeList>>;
  beforeAll(async () => {
    dir = freshDir('flat');
    result = await importAwesomeList(fixture('flat-layout.md'), { into: dir, today: TODAY });
  });

  it('reads every bullet style, skips the nested table of contents, and files sections without a group under "Other"', () => {
    expect(result.tocLinks).toBe(5);
    expect(result.problems).toEqual([]);
    expect(readMarkdown(dir, 'entries').map((e) => [e.rel, e.data.subcategory ?? null])).toEqual([
      ['entries/gizmo-makers/awesome-gadget.md', null],
      ['entries/gizmo-makers/doohickey.md', null],
      ['entries/gizmo-makers/gadget.md', null],
      ['entries/gizmo-makers/gizmo.md', null],
      ['entries/testing-gizmos/gload.md', 'load-testing'],
      ['entries/testing-gizmos/gtest.md', 'unit-testing'],
    ]);
    expect(parseYaml(readFileSync(join(dir, 'groups.yaml'), 'utf8')).groups).toEqual([{ id: 'other', title: 'Other', order: 10 }]);
    expect(readMarkdown(dir, 'resources').map((r) => [r.rel, r.data.description])).toEqual([
      ['resources/book/the-gizmo-book.md', 'Everything about gizmos.'],
    ]);
  });

  it('turns "Label, also see [x](…)" bullets into clean subcategory titles and see-also links', () => {
    const testing = parseYaml(readFileSync(join(dir, 'categories/testing-gizmos.yaml'), 'utf8'));
    expect(testing.subcategories).toEqual([
      { id: 'unit-testing', title: 'Unit Testing' },
      { id: 'load-testing', title: 'Load Testing' },
    ]);
    expect(testing.seeAlso.map((s: { url: string }) => s.url)).toEqual([
      'https://github.com/someone/awesome-gizmo-testing',
      'https://github.com/someone/awesome-load',
    ]);
  });

  it('adds a final period to source descriptions that lack one', () => {
    const gadget = readMarkdown(dir, 'entries').find((e) => e.rel.endsWith('/gadget.md'));
    expect(gadget?.data.description).toBe('Makes gadgets: the bigger kind.');
  });

  it('produces files the validator accepts structurally', () => {
    expect(structuralProblems(dir)).toEqual([]);
  });
});

describe('odd items: clashes, characters, missing links and descriptions are handled, not fatal', () => {
  let dir: string;
  let result: Awaited<ReturnType<typeof importAwesomeList>>;
  beforeAll(async () => {
    dir = freshDir('odd');
    result = await importAwesomeList(fixture('odd-items.md'), { into: dir, today: TODAY });
  });

  it('reports every item it could not map, with its line', () => {
    expect(result.problems.map((p) => [p.line, p.rule])).toEqual([
      [1, 'no-section'],
      [20, 'no-link'],
      [21, 'not-http'],
      [22, 'not-http'],
    ]);
    expect(result.problems[1]?.message).toBe('list item "Just text without any link." does not start with a [name](url) link');
  });

  it('gives clashing and non-Latin names their own file names', () => {
    const slugs = readMarkdown(dir, 'entries').map((e) => [e.rel.replace('entries/deeply-nested-section/', ''), e.data.name]);
    expect(slugs).toEqual([
      ['a-name-that-is-far-too-long-to-be-a-sensible-display-name.md', 'A name that is far too long to be a sensible display name…'],
      ['bold-name.md', 'Bold Name'],
      ['c-plus-plus-bindings.md', 'C++ Bindings'],
      ['code-name.md', 'code_name'],
      ['foo-2.md', 'Foo'],
      ['foo-3.md', 'foo'],
      ['foo.md', 'Foo'],
      ['kanji-tool.md', '漢字'],
      ['no-desc.md', 'no-desc'],
      ['ref-link.md', 'ref-link'],
      ['unicode-tool.md', 'Ünïcödé Tool'],
      ['with-colon.md', 'with: colon'],
      ['with-logo.md', 'with-logo'],
    ]);
    expect(result.notes.filter((n) => n.rule === 'slug-clash')).toHaveLength(2);
    expect(result.notes.filter((n) => n.rule === 'name-too-long')).toHaveLength(1);
  });

  it('reads em-dash and colon separators and reference links', () => {
    const byName = new Map(readMarkdown(dir, 'entries').map((e) => [e.data.name, e.data]));
    expect(byName.get('ref-link')).toMatchObject({ url: 'https://github.com/example/ref-link', description: 'An em dash separator and a reference link.' });
    expect(byName.get('with: colon')?.description).toBe('A colon separator.');
  });

  it('still produces structurally valid files', () => {
    expect(structuralProblems(dir)).toEqual([]);
  });
});

describe('importing into a folder that already has content', () => {
  it('reuses categories by title, adds missing subcategories in place, skips listed projects, uses the tag vocabulary', async () => {
    const dir = freshDir('existing');
    mkdirSync(join(dir, 'categories'), { recursive: true });
    mkdirSync(join(dir, 'entries/widget-frameworks'), { recursive: true });
    writeFileSync(join(dir, 'groups.yaml'), '# our groups\ngroups:\n  - { id: building, title: Building, order: 10 }\n');
    writeFileSync(join(dir, 'tags.yaml'), '# vocabulary\nweb: Web things.\nasync: Async things.\nframeworks: Frameworks.\n');
    writeFileSync(
      join(dir, 'categories/widget-frameworks.yaml'),
      '# hand-written\ntitle: Frameworks\ngroup: building\norder: 5\nintro: >-\n  Our own paragraph about widget frameworks, long enough for the schema.\n',
    );
    writeFileSync(
      join(dir, 'entries/widget-frameworks/widgetry.md'),
      '---\nname: Widgetry\nurl: https://github.com/Example/widgetry/\ncategory: widget-frameworks\ntags: [frameworks]\ndescription: Our own words.\npick: you build widgets and want the framework every other entry here is compared with.\nstatus: recommended\nadded: 2026-01-01\n---\n',
    );
    const r = await importAwesomeList(fixture('grouped-layout.md'), { into: dir, today: TODAY });
    expect(r.notes.find((n) => n.rule === 'already-listed')?.message).toBe('"widgetry" is already listed in entries/widget-frameworks/widgetry.md; skipped');
    expect(existsSync(join(dir, 'categories/frameworks.yaml'))).toBe(false);
    const cat = readFileSync(join(dir, 'categories/widget-frameworks.yaml'), 'utf8');
    expect(cat).toContain('# hand-written');
    expect(parseYaml(cat).subcategories).toEqual([
      { id: 'synchronous', title: 'Synchronous' },
      { id: 'asynchronous', title: 'Asynchronous' },
    ]);
    const spinner = readMarkdown(dir, 'entries').find((e) => e.rel === 'entries/widget-frameworks/spinner.md');
    expect(spinner?.data.tags).toEqual(['frameworks']);
    expect(readFileSync(join(dir, 'groups.yaml'), 'utf8')).toMatch(/^# our groups\n/);
    expect(parseYaml(readFileSync(join(dir, 'groups.yaml'), 'utf8')).groups.map((g: { id: string }) => g.id)).toEqual(['building', 'using']);
    expect(structuralProblems(dir)).toEqual([]);
  });
});

describe('editing hand-written category files', () => {
  it('inserts subcategory lines after the existing ones, keeping comments and wrapping', () => {
    const text = '# ours\ntitle: T\nintro: >-\n  A long intro that we wrapped\n  by hand.\nsubcategories:\n  - { id: a, title: A }  # first\n\nseeAlso:\n  - { title: X, url: /category/x/ }\n';
    expect(appendSubcategories(text, [{ id: 'b', title: 'B: colon' }])).toBe(
      '# ours\ntitle: T\nintro: >-\n  A long intro that we wrapped\n  by hand.\nsubcategories:\n  - { id: a, title: A }  # first\n  - { id: b, title: "B: colon" }\n\nseeAlso:\n  - { title: X, url: /category/x/ }\n',
    );
  });
  it('adds the key at the end when there is none', () => {
    expect(appendSubcategories('title: T\n', [{ id: 'a', title: 'A' }])).toBe('title: T\nsubcategories:\n  - { id: a, title: A }\n');
  });
});

describe('sub-links whose parent is already listed', () => {
  it('point at the existing entry', async () => {
    const dir = freshDir('listed-parent');
    mkdirSync(join(dir, 'entries/frameworks'), { recursive: true });
    writeFileSync(
      join(dir, 'entries/frameworks/widgetry.md'),
      '---\nname: Widgetry\nurl: https://widgetry.example.org/\nrepo: https://github.com/example/widgetry\ncategory: frameworks\ntags: [web]\ndescription: Our own words.\nstatus: recommended\nadded: 2026-01-01\n---\n',
    );
    await importAwesomeList(fixture('grouped-layout.md'), { into: dir, today: TODAY });
    expect(readFileSync(join(dir, 'entries/frameworks/awesome-widgetry.md'), 'utf8')).toContain('Listed under [widgetry](/entries/frameworks/widgetry/) in grouped-layout.md.');
  });
});

describe('pure helpers', () => {
  it.each([
    ['Newsletters', 'newsletter'],
    ['Podcasts', 'podcast'],
    ['Books', 'book'],
    ['Courses and Tutorials', 'course'],
    ['Videos', 'video'],
    ['Communities', 'community'],
    ['Websites', 'website'],
    ['Miscellany', undefined],
  ])('resource kind of %s is %s', (title, kind) => {
    expect(resourceKindOf(title)).toBe(kind);
  });

  it('suggests vocabulary tags from section titles, singular or plural, up to three', () => {
    const vocabulary = new Set(['web', 'testing', 'static-site', 'database', 'cli', 'image']);
    expect(tagsForTitles(['Static Site Generators'], vocabulary)).toEqual(['static-site']);
    expect(tagsForTitles(['Database Drivers', 'Web Frameworks'], vocabulary)).toEqual(['database', 'web']);
    expect(tagsForTitles(['Images'], vocabulary)).toEqual(['image']);
    expect(tagsForTitles(['Caching'], new Set(['cache']))).toEqual(['cache']);
    expect(tagsForTitles(['Other Tools'], vocabulary)).toEqual([]);
  });
});

describe('a 3,000-item list', () => {
  // Planning only (no disk): the full run with writes is measured by scripts/bench/import.ts.
  it('maps every item into its section and subcategory', async () => {
    const lines = ['# Big List', ''];
    for (let s = 0; s < 30; s++) {
      lines.push(`## Section ${s}`, '', `_Synthetic section number ${s}, written for the size test of the importer._`, '');
      for (let i = 0; i < 100; i++) {
        if (i % 25 === 0) lines.push(`- Group ${i / 25}`);
        lines.push(`  - [project-${s}-${i}](https://github.com/example/p${s}x${i}) - Synthetic project ${i} of section ${s}.`);
      }
      lines.push('');
    }
    const file = join(tmp, 'big.md');
    writeFileSync(file, lines.join('\n'));
    const r = await importAwesomeList(file, { into: freshDir('big'), today: TODAY, dryRun: true });
    expect(r.problems).toEqual([]);
    expect(r.plan.files).toHaveLength(3000);
    expect(new Set(r.plan.files.map((f) => f.rel)).size).toBe(3000);
    const last = r.plan.files.at(-1);
    expect(last?.rel).toBe('entries/section-29/project-29-99.md');
    expect(last?.data).toMatchObject({ category: 'section-29', subcategory: 'group-3' });
  });
});

describe('the import command', () => {
  const script = join(repoRoot, 'scripts/import.ts');
  it('exits 0 after a clean import and prints a summary; text findings read path:line:col rule message', () => {
    const dir = freshDir('cli-ok');
    const out = execFileSync(process.execPath, [script, fixture('flat-layout.md'), '--into', dir, '--verbose'], { encoding: 'utf8' });
    expect(out).toMatch(/7 linked items; imported 6 entries and 1 resources/);
    expect(out).toMatch(/flat-layout\.md:15:1  import\/short-intro  warning: category "Gizmo Makers" has a one-line intro/);
  });
  it('exits 1 and lists unmappable items as path:line:col rule message, or as GitHub annotations', () => {
    const dir = freshDir('cli-odd');
    const run = spawnSync(process.execPath, [script, fixture('odd-items.md'), '--into', dir, '--format', 'github'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('::error file=');
    expect(run.stdout).toMatch(/line=20,col=1,title=import\/no-link::list item "Just text without any link\." does not start/);
  });
  it('exits 2 on usage errors without a stack trace', () => {
    const run = spawnSync(process.execPath, [script, '--sublinks', 'maybe', fixture('flat-layout.md')], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--sublinks must be "entries" or "notes"');
    expect(run.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
  it('exits 2 with a usage message when the list is a folder or --into is a file', () => {
    const folder = spawnSync(process.execPath, [script, join(here, 'fixtures')], { encoding: 'utf8' });
    expect(folder.status).toBe(2);
    expect(folder.stderr).toContain(`import: ${join(here, 'fixtures')}: no such file (give the awesome-list Markdown file)`);
    const into = spawnSync(process.execPath, [script, fixture('flat-layout.md'), '--into', fixture('odd-items.md'), '--dry-run'], { encoding: 'utf8' });
    expect(into.status).toBe(2);
    expect(into.stderr).toContain(`import: --into ${fixture('odd-items.md')} is a file, not a content folder`);
  });
});

// Keep the fixture folder honest: the parser must see the same items the tests count.
describe('fixtures', () => {
  it('parse without surprises', () => {
    expect(parseAwesomeList(readFileSync(fixture('grouped-layout.md'), 'utf8')).sections.map((s) => [s.title, s.group, s.resources])).toEqual([
      ['Frameworks', 'Building', false],
      ['Helpers', 'Building', false],
      ['Deployment Tools', 'Using', false],
      ['Newsletters', 'Resources', true],
      ['Podcasts', 'Resources', true],
    ]);
  });
});
