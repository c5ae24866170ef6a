import { describe, expect, it } from 'vitest';
import { validateTree, where } from '../fixtures/index.ts';

describe('small-category', () => {
  it('warns (does not fail) for a category with fewer than 3 entries', () => {
    const problems = validateTree({ 'entries/testing/three.md': null });
    expect(where(problems)).toEqual(['content/categories/testing.yaml:1:1 small-category']);
    expect(problems[0]!.severity).toBe('warning');
    expect(problems[0]!.message).toBe('2 entries; a category needs at least 3');
  });
});
