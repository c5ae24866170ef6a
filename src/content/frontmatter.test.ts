import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from './frontmatter.ts';

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
