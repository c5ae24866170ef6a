import { describe, expect, it } from 'vitest';
import { entry, validateTree, WEB_CATEGORY, where } from '../fixtures/index.ts';

describe('private-url', () => {
  it('warns on loopback, private and metadata links in a note body, in any spelling', () => {
    const body = [
      'Intro line.',
      '',
      'Run it and open [the admin](http://127.0.0.1:8000/admin/).',
      'Or [decimal](http://2130706433/), [hex](http://0x7f.1/), [v6](http://[::1]:3000/) and [name](http://localhost:8080/).',
      'Never [metadata](http://169.254.169.254/latest/meta-data/) or [lan](https://10.0.0.5/).',
      'A [public page](https://example.org/) is fine.',
      '',
    ].join('\n');
    const problems = validateTree({ 'entries/testing/extra.md': entry('testing', {}, body) }).filter((p) => p.rule === 'private-url');
    expect(where(problems)).toEqual([
      'content/entries/testing/extra.md:15:17 private-url',
      'content/entries/testing/extra.md:16:4 private-url',
      'content/entries/testing/extra.md:16:35 private-url',
      'content/entries/testing/extra.md:16:58 private-url',
      'content/entries/testing/extra.md:16:87 private-url',
      'content/entries/testing/extra.md:17:7 private-url',
      'content/entries/testing/extra.md:17:63 private-url',
    ]);
    expect(problems.every((p) => p.severity === 'warning')).toBe(true);
    expect(problems[0]!.message).toBe('link points at a loopback address: http://127.0.0.1:8000/admin/');
    expect(problems[5]!.message).toBe('link points at a metadata address: http://169.254.169.254/latest/meta-data/');
  });

  it('warns on URL fields whose host is a private name (IP hosts are already schema errors)', () => {
    const problems = validateTree({ 'entries/testing/extra.md': entry('testing', { docs: 'https://docs.corp.internal/' }) });
    expect(where(problems)).toEqual(['content/entries/testing/extra.md:12:7 private-url']);
    expect(problems[0]!.message).toBe('docs points at a private address: https://docs.corp.internal/');
  });

  it("warns on a category's seeAlso", () => {
    const text = WEB_CATEGORY.replace('seeAlso:\n', 'seeAlso:\n  - { title: Metadata, url: "https://metadata.google.internal/" }\n');
    const problems = validateTree({ 'categories/web-frameworks.yaml': text });
    expect(where(problems)).toEqual(['content/categories/web-frameworks.yaml:10:29 private-url']);
  });

  it('says nothing about public links', () => {
    expect(validateTree({ 'entries/testing/extra.md': entry('testing', {}, 'See [docs](https://example.org/127.0.0.1) and [x](https://localhost.example.org/).\n') })).toEqual([]);
  });
});
