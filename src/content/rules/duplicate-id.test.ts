import { describe, expect, it } from 'vitest';
import { GROUPS, validateTree, WEB_CATEGORY, where } from '../fixtures/index.ts';

describe('duplicate-id', () => {
  it('reports a subcategory id declared twice in one category, at the second id', () => {
    const text = WEB_CATEGORY.replace('  - { id: api, title: APIs }\n', '  - { id: api, title: APIs }\n  - { id: api, title: Web APIs }\n');
    const problems = validateTree({ 'categories/web-frameworks.yaml': text });
    expect(where(problems)).toEqual(['content/categories/web-frameworks.yaml:9:11 duplicate-id']);
    expect(problems[0]!.message).toBe('subcategory id "api" is declared twice (first on line 8)');
  });

  it('reports a group id declared twice in groups.yaml', () => {
    const problems = validateTree({ 'groups.yaml': GROUPS + '  - { id: developer-tools, title: "Tools", order: 30 }\n' });
    expect(where(problems)).toEqual(['content/groups.yaml:4:11 duplicate-id']);
  });
});
