import { describe, expect, it } from 'vitest';
import { entry, validateTree, where } from '../fixtures/index.ts';

describe('raw-html', () => {
  it('reports inline and block HTML at their file lines', () => {
    const body = 'Use <b>this</b> one.\n\n<div align="center">\n  centered\n</div>\n\nAn autolink <https://example.org/> is fine, and so is `<code>` in code.\n';
    const problems = validateTree({ 'entries/testing/extra.md': entry('testing', {}, body) });
    expect(where(problems)).toEqual([
      'content/entries/testing/extra.md:13:5 raw-html',
      'content/entries/testing/extra.md:13:12 raw-html',
      'content/entries/testing/extra.md:15:1 raw-html',
    ]);
    expect(problems.map((p) => p.message)).toEqual(['raw HTML <b> in the note', 'raw HTML </b> in the note', 'raw HTML <div align="center"> in the note']);
  });

  it('reports HTML comments', () => {
    const problems = validateTree({ 'entries/testing/extra.md': entry('testing', {}, 'Text.\n<!-- todo -->\n') });
    expect(where(problems)).toEqual(['content/entries/testing/extra.md:14:1 raw-html']);
  });
});
