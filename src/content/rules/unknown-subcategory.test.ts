import { describe, expect, it } from 'vitest';
import { entry, validateTree, where } from '../fixtures/index.ts';

describe('unknown-subcategory', () => {
  it('reports a subcategory the category file does not declare', () => {
    const problems = validateTree({ 'entries/web-frameworks/extra.md': entry('web-frameworks', { subcategory: 'apis' }) });
    expect(where(problems)).toEqual(['content/entries/web-frameworks/extra.md:12:14 unknown-subcategory']);
    expect(problems[0]!.hint).toMatch(/^use one of: full-stack, api;/);
  });

  it('reports any subcategory in a category that declares none', () => {
    const problems = validateTree({ 'entries/testing/extra.md': entry('testing', { subcategory: 'runners' }) });
    expect(where(problems)).toEqual(['content/entries/testing/extra.md:12:14 unknown-subcategory']);
    expect(problems[0]!.hint).toMatch(/declares no subcategories/);
  });

  it('stays quiet when the category file itself is broken (that file gets the one problem)', () => {
    const problems = validateTree({
      'categories/web-frameworks.yaml': 'title: [broken\n',
      'entries/web-frameworks/extra.md': entry('web-frameworks', { subcategory: 'apis' }),
    });
    expect(where(problems)).toEqual(['content/categories/web-frameworks.yaml:2:1 yaml-syntax']);
  });
});
