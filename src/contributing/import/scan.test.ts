/**
 * Issue 12, finding 10: the importer's first pass. Nesting is bounded before any parser sees the
 * text, the text is cut into sections at top-level headings, and reference definitions are kept
 * for every section; the parsed result is the same as in one piece, with the same line numbers.
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAwesomeList } from './parse.ts';
import { importAwesomeList } from './run.ts';
import { ImportInputError, lineNesting, MAX_INPUT_BYTES, MAX_NESTING, scanList } from './scan.ts';

describe('lineNesting', () => {
  it.each([
    ['plain text', 0],
    ['- [x](https://e.org/)', 1],
    ['  - nested', 2],
    ['    - deeper', 3],
    ['\t- tab', 3],
    ['- - - one line, three lists', 3],
    ['> > - quoted list', 3],
    ['1. - ordered then bullet', 2],
    ['10) x', 1],
    ['---', 0],
    ['-not a marker', 0],
    ['- '.repeat(3000), 3000],
    [`${'  '.repeat(3000)}- x`, 3001],
  ])('%j nests at most %i', (line, depth) => {
    expect(lineNesting(line).depth).toBe(depth);
  });
});

describe('scanList', () => {
  it('cuts before top-level headings that follow a blank line, never inside fenced code', () => {
    const md = ['# Title', '', '## A', '- [a](https://a.org/)', '', '```', '', '# not a heading', '```', '', '## B', 'text', '# glued to text', '', '### C', '[d]: https://d.org/'].join('\n');
    const { chunks, definitions } = scanList(md);
    expect(chunks.map((c) => [c.line, c.text.split('\n')[0]])).toEqual([
      [1, '# Title'],
      [3, '## A'],
      [11, '## B'],
      [15, '### C'],
    ]);
    expect(chunks.map((c) => c.text).join('\n')).toBe(md);
    expect(definitions).toEqual(['[d]: https://d.org/']);
  });

  it(`refuses nesting deeper than ${MAX_NESTING} with the line and column`, () => {
    const md = `# L\n\n## S\n\n${'- '.repeat(3000)}[p](https://example.org/x)\n`;
    let error: unknown;
    try {
      scanList(md);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ImportInputError);
    expect(error).toMatchObject({ line: 5, column: 131, message: `a list or quote nested 3000 levels deep; the importer reads at most ${MAX_NESTING}` });
  });

  it('ignores deep indentation inside fenced code', () => {
    expect(() => scanList(`## S\n\n\`\`\`\n${' '.repeat(400)}art\n\`\`\`\n`)).not.toThrow();
  });
});

describe('parseAwesomeList in sections', () => {
  it('resolves references defined in another section and keeps file line numbers', () => {
    const md = [
      '# Awesome Things', '', 'Intro.', '',
      '## Web', '', '- [Flask][flask] - Micro framework.', '- [Django](https://www.djangoproject.com/) - Full stack.', '',
      '## Testing', '', '- [pytest][] - Tests.', '',
      '[flask]: https://flask.palletsprojects.com/',
      '[pytest]: https://pytest.org/',
    ].join('\n');
    const parsed = parseAwesomeList(md);
    expect(parsed.title).toBe('Awesome Things');
    expect(parsed.sections.map((s) => [s.title, s.line, s.items.map((i) => [i.name, i.url, i.line])])).toEqual([
      ['Web', 5, [['Flask', 'https://flask.palletsprojects.com/', 7], ['Django', 'https://www.djangoproject.com/', 8]]],
      ['Testing', 10, [['pytest', 'https://pytest.org/', 12]]],
    ]);
  });

  it('reads 3,000-deep nesting as a refusal at its line, not a stack overflow', () => {
    const deep = ['# L', '', '## S', '', ...Array.from({ length: 3000 }, (_, i) => `${'  '.repeat(i)}- [p${i}](https://e.org/${i})`)].join('\n');
    expect(() => parseAwesomeList(deep)).toThrow(ImportInputError);
    try {
      parseAwesomeList(deep);
    } catch (e) {
      expect((e as ImportInputError).line).toBe(5 + MAX_NESTING);
    }
  });
});

describe('importAwesomeList refuses, writing nothing', () => {
  const into = () => mkdtempSync(join(tmpdir(), 'import-refuse-'));

  it('a list nested too deep: one too-deep problem at its line', async () => {
    const dir = into();
    const file = join(dir, 'deep.md');
    writeFileSync(file, `# L\n\n## S\n\n- [ok](https://ok.example/)\n${'- '.repeat(3000)}[p](https://e.org/)\n`);
    const r = await importAwesomeList(file, { into: join(dir, 'content'), today: '2026-12-06' });
    expect(r.problems).toEqual([
      { line: 6, column: 131, rule: 'too-deep', message: `a list or quote nested 3000 levels deep; the importer reads at most ${MAX_NESTING}`, hint: 'flatten the list (awesome lists use two or three levels), then import again' },
    ]);
    expect(r.written).toEqual([]);
    expect(readdirSync(dir)).toEqual(['deep.md']);
  });

  it('a file over the size cap: one too-large problem, before reading it', async () => {
    const dir = into();
    const file = join(dir, 'huge.md');
    writeFileSync(file, Buffer.alloc(MAX_INPUT_BYTES + 2 ** 20, 'a'));
    const r = await importAwesomeList(file, { into: join(dir, 'content'), today: '2026-12-06' });
    expect(r.problems).toEqual([
      {
        line: 1, column: 1, rule: 'too-large',
        message: 'the file is 9.0 MB; the importer reads lists up to 8.0 MB (awesome lists are well under 1 MB)',
        hint: 'split the list into parts of a few sections each and import them one at a time',
      },
    ]);
    expect(r.plan.files).toEqual([]);
    expect(readdirSync(dir)).toEqual(['huge.md']);
  });
});
