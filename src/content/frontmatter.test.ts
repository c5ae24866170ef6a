import { describe, expect, it } from 'vitest';
import { parseFrontmatter, splitFrontmatter } from './frontmatter.ts';

describe('splitFrontmatter', () => {
  it('finds the yaml and the body with their file lines', () => {
    const s = splitFrontmatter('---\nname: X\nurl: https://x.org\n---\nBody line\n');
    expect(s).toEqual({ yaml: 'name: X\nurl: https://x.org\n', yamlLine: 2, body: 'Body line\n', bodyLine: 5 });
  });
  it('returns null without an opening or closing fence', () => {
    expect(splitFrontmatter('name: X\n')).toBeNull();
    expect(splitFrontmatter('---\nname: X\n')).toBeNull();
  });
  it('accepts CRLF and a byte-order mark', () => {
    expect(splitFrontmatter('\uFEFF---\r\nname: X\r\n---\r\n')?.body).toBe('');
  });
});

describe('parseFrontmatter', () => {
  it('maps a node back to its line and column in the file', () => {
    const p = parseFrontmatter('---\nname: X\ntags: [a, b]\n---\n')!;
    const tags = p.doc.get('tags', true) as { range: [number, number, number] };
    expect(p.position(tags.range[0])).toEqual({ line: 3, col: 7 });
    expect(p.data).toEqual({ name: 'X', tags: ['a', 'b'] });
  });
  it('keeps unquoted dates as strings', () => {
    expect(parseFrontmatter('---\nadded: 2026-01-02\n---\n')!.data).toEqual({ added: '2026-01-02' });
  });
  it('reports YAML errors instead of throwing', () => {
    const p = parseFrontmatter('---\nname: [unclosed\n---\n')!;
    expect(p.doc.errors.length).toBeGreaterThan(0);
    expect(p.data).toBeUndefined();
  });
});
