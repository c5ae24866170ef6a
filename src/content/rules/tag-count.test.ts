import { describe, expect, it } from 'vitest';
import { entry, resource, validateTree, where } from '../fixtures/index.ts';

describe('tag-count', () => {
  it('reports an entry with a single tag, at the tags value', () => {
    const problems = validateTree({ 'entries/testing/extra.md': entry('testing', { name: 'Extra', url: 'https://extra.example.org/', repo: null, pypi: null, description: 'Runs extra tests in a clear and careful way.', tags: '[testing]' }) });
    expect(where(problems)).toEqual(['content/entries/testing/extra.md:5:7 tag-count']);
    expect(problems[0]!.message).toBe('1 tag; an entry needs at least 2');
  });

  it('passes an entry with two tags, and leaves an empty list to the schema rule', () => {
    expect(validateTree({ 'entries/testing/extra.md': entry('testing', { name: 'Extra', url: 'https://extra.example.org/', repo: null, pypi: null, description: 'Runs extra tests in a clear and careful way.', tags: '[testing, async]' }) })).toEqual([]);
    const empty = validateTree({ 'entries/testing/extra.md': entry('testing', { name: 'Extra', url: 'https://extra.example.org/', repo: null, pypi: null, description: 'Runs extra tests in a clear and careful way.', tags: '[]' }) });
    expect(where(empty)).toEqual(['content/entries/testing/extra.md:5:7 schema']);
  });

  it('lets a resource keep a single tag', () => {
    expect(validateTree({ 'resources/podcast/other-cast.md': resource('podcast', { name: 'Other Cast', url: 'https://other.example.org/', description: 'Monthly interviews with maintainers of Python libraries.' }) })).toEqual([]);
  });
});
