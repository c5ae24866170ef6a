import { describe, expect, it } from 'vitest';
import { contentId, entryIdOf, formatOf, parseContentFile, parseSourceText } from './model.ts';
import { MAX_ALIASES } from './yaml-doc.ts';

const enc = (s: string) => new TextEncoder().encode(s);

describe('parseSourceText', () => {
  it('maps a node back to its line and column in the file, and keeps the offsets of YAML and body', () => {
    const text = '---\nname: X\ntags: [a, b]\n---\nBody.\n';
    const { file, problems } = parseSourceText('markdown', 'x.md', text);
    expect(problems).toEqual([]);
    const tags = file!.yaml!.doc.get('tags', true) as { range: [number, number, number] };
    expect(file!.yaml!.position(tags.range[0])).toEqual({ line: 3, col: 7 });
    expect(file!.raw).toEqual({ name: 'X', tags: ['a', 'b'] });
    expect(text.slice(file!.yamlOffset, file!.yamlOffset + 4)).toBe('name');
    expect(text.slice(file!.bodyOffset)).toBe('Body.\n');
    expect(file!.bodyLine).toBe(5);
  });

  it('keeps unquoted dates as strings', () => {
    expect(parseSourceText('markdown', 'x.md', '---\nadded: 2026-01-02\n---\n').file!.raw).toEqual({ added: '2026-01-02' });
  });

  it('reads Markdown without frontmatter as all body unless frontmatter is required', () => {
    expect(parseSourceText('markdown', 'README.md', '# T\n').file).toMatchObject({ yaml: null, body: '# T\n', bodyLine: 1 });
    expect(parseSourceText('markdown', 'e.md', '# T\n', 'required').problems.map((p) => p.rule)).toEqual(['frontmatter-missing']);
  });

  it('reports YAML errors as yaml-syntax problems at their place, never throwing', () => {
    const { file, problems } = parseSourceText('markdown', 'e.md', '---\nname: [unclosed\n---\n');
    expect(file!.raw).toBeNull();
    expect(problems.map((p) => `${p.path}:${p.line} ${p.rule}`)).toEqual(['e.md:3 yaml-syntax']);
  });
});

describe('the YAML alias limits (one parser, one set of limits for every reader)', () => {
  const aliases = (n: number) => `---\nname: &n X\nalso: [${Array.from({ length: n }, () => '*n').join(', ')}]\n---\n`;

  it(`accepts ${MAX_ALIASES} aliases`, () => {
    expect(parseSourceText('markdown', 'e.md', aliases(MAX_ALIASES)).problems).toEqual([]);
  });

  it(`refuses alias ${MAX_ALIASES + 1}, at its place, with the fix`, () => {
    const { problems } = parseSourceText('markdown', 'e.md', aliases(MAX_ALIASES + 1));
    expect(problems).toEqual([
      {
        path: 'e.md', line: 3, col: 8 + 4 * MAX_ALIASES, rule: 'yaml-syntax', severity: 'error',
        message: `invalid YAML: more than ${MAX_ALIASES} YAML aliases (*name); write the values out instead of using anchors and aliases`,
        hint: 'content needs no YAML anchors (&name) or aliases (*name): write each value where it is used',
      },
    ]);
  });

  it('refuses an alias bomb (few aliases, a huge expansion) and a self-referencing alias', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 7; i++) levels.push(`l${i}: &l${i} [${Array.from({ length: 10 }, () => (i === 1 ? '*a' : `*l${i - 1}`)).join(', ')}]`);
    const bomb = parseSourceText('yaml', 'bomb.yaml', `${levels.join('\n')}\n`);
    expect(bomb.problems.map((p) => `${p.line}:${p.col} ${p.message}`)).toEqual(['2:10 invalid YAML: YAML aliases expand past 100,000 values; write the values out instead of using anchors and aliases']);
    expect(parseSourceText('yaml', 'loop.yaml', 'a: &a [*a]\n').problems.map((p) => p.rule)).toEqual(['yaml-syntax']);
  });
});

describe('ids and formats', () => {
  it.each([
    ['entry', 'entries/web-frameworks/fastapi.md', 'web-frameworks/fastapi'],
    ['resource', 'resources/books/fluent-python.md', 'books/fluent-python'],
    ['category', 'categories/testing.yaml', 'testing'],
    ['category', 'categories/testing.yml', 'testing'],
    ['tags', 'tags.yaml', 'tags'],
  ] as const)('%s %s → %s', (kind, rel, id) => {
    expect(contentId(kind, rel)).toBe(id);
  });

  it('names an entry by the path under its nearest entries/ folder, else under the folder read', () => {
    expect(entryIdOf('/x/content/entries/web/flask.md', '/x/content/entries')).toBe('web/flask');
    expect(entryIdOf('/farm/corpus/a/b.md', '/farm/corpus')).toBe('a/b');
  });

  it('gives a content file its id and kind', () => {
    expect(parseContentFile('entries/web/flask.md', 'content/entries/web/flask.md', enc('---\nname: Flask\n---\n')).file).toMatchObject({ kind: 'entry', id: 'web/flask', rel: 'entries/web/flask.md' });
  });

  it.each([['a.md', 'markdown'], ['b.MARKDOWN', 'markdown'], ['c.mdx', 'markdown'], ['d.yml', 'yaml'], ['e.json', null]] as const)('formatOf(%s) = %s', (name, format) => {
    expect(formatOf(name)).toBe(format);
  });
});
