import { describe, expect, it } from 'vitest';
import { entry, validateTree, where } from '../fixtures/index.ts';

describe('tracking-params', () => {
  it('reports tracking parameters in URL fields at the value, naming them', () => {
    const problems = validateTree({ 'entries/testing/extra.md': entry('testing', { url: 'https://x.example.org/?utm_source=news&utm_medium=mail&page=2' }) });
    expect(where(problems)).toEqual(['content/entries/testing/extra.md:3:6 tracking-params']);
    expect(problems[0]!.message).toBe('url has tracking parameters utm_source, utm_medium');
    expect(problems[0]!.hint).toBe('remove `utm_source=…`, `utm_medium=…` from the URL');
  });

  it('reports tracking parameters in body links', () => {
    const body = '\nRead [the post](https://blog.example.org/post?ref=hn).\n';
    const problems = validateTree({ 'entries/testing/extra.md': entry('testing', {}, body) });
    expect(where(problems)).toEqual(['content/entries/testing/extra.md:14:6 tracking-params']);
  });

  it('leaves ordinary query parameters alone', () => {
    expect(validateTree({ 'entries/testing/extra.md': entry('testing', { docs: 'https://docs.example.org/search?q=ref&page=1' }) })).toEqual([]);
  });
});
