import { describe, expect, it } from 'vitest';
import { TESTING_CATEGORY, validateTree, where } from '../fixtures/index.ts';

describe('unknown-group', () => {
  it("reports a category's group missing from groups.yaml, at the value", () => {
    const problems = validateTree({ 'categories/testing.yaml': TESTING_CATEGORY.replace('group: developer-tools', 'group: tools') });
    expect(where(problems)).toEqual(['content/categories/testing.yaml:2:8 unknown-group']);
    expect(problems[0]!.hint).toBe('use one of: web-development, developer-tools');
  });
});
