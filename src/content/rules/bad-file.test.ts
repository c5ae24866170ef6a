import { describe, expect, it } from 'vitest';
import { validateTree, where } from '../fixtures/index.ts';
import { decodeContent, MAX_BYTES } from './bad-file.ts';

describe('bad-file', () => {
  it('reports an empty file (zero bytes or only whitespace)', () => {
    const problems = validateTree({ 'entries/testing/empty.md': '', 'entries/testing/blank.md': '  \n\n' });
    expect(where(problems)).toEqual(['content/entries/testing/blank.md:1:1 bad-file', 'content/entries/testing/empty.md:1:1 bad-file']);
    expect(problems[0]!.message).toBe('file is empty');
  });

  it('reports a binary file at the first NUL byte', () => {
    const bytes = new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0x6e, 0x00, 0x01]);
    const problems = validateTree({ 'entries/testing/blob.md': bytes });
    expect(where(problems)).toEqual(['content/entries/testing/blob.md:2:2 bad-file']);
    expect(problems[0]!.message).toMatch(/binary/);
  });

  it('reports non-UTF-8 text at the first bad byte', () => {
    // "---\nname: caf\xe9\n" saved as Latin-1
    const bytes = new Uint8Array([...new TextEncoder().encode('---\nname: caf'), 0xe9, 0x0a]);
    const problems = validateTree({ 'entries/testing/latin1.md': bytes });
    expect(where(problems)).toEqual(['content/entries/testing/latin1.md:2:10 bad-file']);
    expect(problems[0]!.message).toBe('file is not valid UTF-8');
  });

  it('reports a file over 1 MB without parsing it', () => {
    const huge = entry1MB();
    expect(huge.length).toBeGreaterThan(MAX_BYTES);
    const problems = validateTree({ 'entries/testing/huge.md': huge });
    expect(where(problems)).toEqual(['content/entries/testing/huge.md:1:1 bad-file']);
    expect(problems[0]!.message).toMatch(/^file is 1\.0 MB; content files must be under 1 MB$/);
  });

  it('reports a broken YAML file too, not only Markdown', () => {
    expect(where(validateTree({ 'tags.yaml': '' }))[0]).toBe('content/tags.yaml:1:1 bad-file');
  });

  it('decodes valid UTF-8 and drops a byte-order mark', () => {
    expect(decodeContent(new TextEncoder().encode('\uFEFF---\nname: Café\n---\n'))).toEqual({ ok: true, text: '---\nname: Café\n---\n' });
  });
});

function entry1MB(): Uint8Array {
  return new TextEncoder().encode('---\nname: x\n---\n' + 'a'.repeat(MAX_BYTES));
}
