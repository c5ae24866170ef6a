import { describe, expect, it } from 'vitest';
import { entry, resource, TESTING_CATEGORY, validateTree, where } from '../fixtures/index.ts';

describe('path-mismatch', () => {
  it('reports a category that differs from the folder, at the category value', () => {
    const problems = validateTree({ 'entries/testing/extra.md': entry('web-frameworks') });
    expect(where(problems)).toEqual(['content/entries/testing/extra.md:6:11 path-mismatch']);
    expect(problems[0]!.message).toBe('category "web-frameworks" does not match folder "testing"');
    expect(problems[0]!.hint).toBe('move the file to content/entries/web-frameworks/extra.md or set `category: testing`');
  });

  it('reports a file name that is not kebab-case', () => {
    const problems = validateTree({ 'entries/testing/My_Tool.md': entry('testing') });
    expect(where(problems)).toEqual(['content/entries/testing/My_Tool.md:1:1 path-mismatch']);
    expect(problems[0]!.hint).toBe('rename it to content/entries/testing/my-tool.md');
  });

  it('reports entries and resources at the wrong depth', () => {
    const problems = validateTree({
      'entries/extra.md': entry('testing'),
      'resources/podcast/deep/cast.md': resource('podcast', { url: 'https://deep.example.org/', description: 'Deep dives into one library per episode.' }),
    });
    expect(where(problems)).toEqual(['content/entries/extra.md:1:1 path-mismatch', 'content/resources/podcast/deep/cast.md:1:1 path-mismatch']);
  });

  it('reports a category file with a .yml extension or a non-kebab name', () => {
    const problems = validateTree({ 'categories/testing.yaml': null, 'categories/Testing.yml': TESTING_CATEGORY });
    expect(where(problems).filter((w) => w.includes('path-mismatch'))).toEqual([
      'content/categories/Testing.yml:1:1 path-mismatch',
      'content/categories/Testing.yml:1:1 path-mismatch',
    ]);
  });
});
