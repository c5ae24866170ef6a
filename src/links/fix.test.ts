import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyFixes, fixFiles } from './fix.ts';

const moves = new Map([
  ['https://old.example/a', 'https://new.example/a'],
  ['https://github.com/o/old', 'https://github.com/o-org/new'],
]);

describe('applyFixes', () => {
  it('rewrites frontmatter values in place and leaves everything else byte for byte', async () => {
    const text = [
      '---',
      '# a comment that stays',
      'name: X   # trailing comment',
      'url: https://old.example/a',
      "repo: 'https://github.com/o/old'",
      'docs: https://old.example/a-longer-one',
      '---',
      'Body with [link](https://old.example/a) kept in prose: https://old.example/a-longer-one',
      '',
    ].join('\n');
    const { text: out, results } = await applyFixes('e.md', text, moves);
    expect(out).toBe(text
      .replace('url: https://old.example/a\n', 'url: https://new.example/a\n')
      .replace("'https://github.com/o/old'", "'https://github.com/o-org/new'")
      .replace('[link](https://old.example/a)', '[link](https://new.example/a)'));
    expect(results.map((r) => [r.line, r.applied])).toEqual([[4, true], [5, true], [8, true]]);
  });

  it('fixes the destination, not the link text, when both spell the URL', async () => {
    const { text } = await applyFixes('r.md', '[https://old.example/a](https://old.example/a)\n', moves);
    expect(text).toBe('[https://old.example/a](https://new.example/a)\n');
  });

  it('quotes a new URL that YAML would misread as a plain value', async () => {
    const { text } = await applyFixes('e.md', '---\nurl: https://old.example/a\n---\n', new Map([['https://old.example/a', 'https://new.example/a #x']]));
    expect(text).toBe('---\nurl: "https://new.example/a #x"\n---\n');
  });

  it('writes only files that changed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fix-'));
    const a = join(dir, 'a.md');
    writeFileSync(a, '---\nurl: https://old.example/a\n---\n');
    const results = await fixFiles([a], moves);
    expect(readFileSync(a, 'utf8')).toBe('---\nurl: https://new.example/a\n---\n');
    expect(results).toEqual([{ file: a, line: 2, from: 'https://old.example/a', to: 'https://new.example/a', applied: true }]);
  });
});

describe('private redirect targets (issue 12, finding 6)', () => {
  it('never rewrites a public URL to a loopback, private or metadata address', async () => {
    const text = '---\nurl: https://old.example/a\ndocs: https://old.example/b\n---\n';
    const moves = new Map([
      ['https://old.example/a', 'http://127.0.0.1:8080/admin'],
      ['https://old.example/b', 'http://metadata.google.internal/computeMetadata/v1/'],
    ]);
    const { text: out, results } = await applyFixes('e.md', text, moves);
    expect(out).toBe(text);
    expect(results.map((r) => [r.line, r.applied, r.reason])).toEqual([
      [2, false, 'redirect target is a private address'],
      [3, false, 'redirect target is a private address'],
    ]);
  });

  it('still moves a link that was already on a private address (checked with --allow-private)', async () => {
    const { text } = await applyFixes('e.md', '[x](http://127.0.0.1:1/old)\n', new Map([['http://127.0.0.1:1/old', 'http://127.0.0.1:1/new']]));
    expect(text).toBe('[x](http://127.0.0.1:1/new)\n');
  });
});
