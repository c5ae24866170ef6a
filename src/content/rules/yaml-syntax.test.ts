import { describe, expect, it } from 'vitest';
import { entry, validateTree, where } from '../fixtures/index.ts';

describe('yaml-syntax', () => {
  it('reports an unclosed flow sequence where the parser stopped, as a file line', () => {
    const problems = validateTree({ 'entries/testing/broken.md': entry('testing', { tags: '[testing, api' }) });
    expect(where(problems)).toEqual(['content/entries/testing/broken.md:8:1 yaml-syntax']);
    expect(problems[0]!.message).toMatch(/^invalid YAML: /);
  });

  it('reports a duplicate key at the second occurrence', () => {
    const text = entry('testing').replace('status: recommended', 'status: recommended\nname: Again');
    const problems = validateTree({ 'entries/testing/twice.md': text });
    expect(where(problems)).toEqual(['content/entries/testing/twice.md:11:1 yaml-syntax']);
    expect(problems[0]!.hint).toBe('keep one of the two keys');
  });

  it('reports broken YAML in a category file with the file line', () => {
    const problems = validateTree({ 'categories/testing.yaml': 'title: Testing\ngroup: [developer-tools\norder: 1\n' });
    expect(where(problems).filter((w) => w.includes('yaml-syntax'))).toEqual(['content/categories/testing.yaml:3:1 yaml-syntax']);
  });
});
