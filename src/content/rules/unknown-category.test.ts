import { describe, expect, it } from 'vitest';
import { entry, validateTree, where } from '../fixtures/index.ts';

describe('unknown-category', () => {
  it('reports a category with no file in categories/, at the category value', () => {
    const problems = validateTree({ 'entries/orms/extra.md': entry('orms') });
    expect(where(problems)).toEqual(['content/entries/orms/extra.md:6:11 unknown-category']);
    expect(problems[0]!.message).toBe('category "orms" does not exist');
  });
});
