import { describe, expect, it } from 'vitest';
import { entry, resource, validateTree, where } from '../fixtures/index.ts';

describe('unknown-tag', () => {
  it('reports each tag missing from tags.yaml at its place in the list', () => {
    const problems = validateTree({
      'entries/testing/extra.md': entry('testing', { tags: '[testing, mocking, web]' }),
      'resources/podcast/other.md': resource('podcast', { url: 'https://other.example.org/', description: 'Short episodes about one standard-library module each.', tags: '\n  - podcast\n  - audio' }),
    });
    expect(where(problems)).toEqual(['content/entries/testing/extra.md:7:17 unknown-tag', 'content/resources/podcast/other.md:8:5 unknown-tag']);
    expect(problems[0]!.message).toBe('tag "mocking" is not in tags.yaml');
  });
});
