import { describe, expect, it } from 'vitest';
import { entry, validateTree, WEB_CATEGORY, where } from '../fixtures/index.ts';

describe('broken-internal-link', () => {
  it('accepts links to existing entries, categories, tags and pages, with or without a trailing slash', () => {
    const body = [
      '[Alpha](/entries/web-frameworks/alpha/), [Beta](/entries/web-frameworks/beta), [T](/category/testing/),',
      '[web](/tag/web/), [res](/resources/), [home](/), [about](/about/#why), [ext](https://example.org/), [top](#top),',
      '[all tags](/tag/), [search](/search/?q=orm).',
      '',
    ].join('\n');
    expect(validateTree({ 'entries/testing/extra.md': entry('testing', {}, body) })).toEqual([]);
  });

  it('reports each broken site link at the link, with a suggestion when the slug exists elsewhere', () => {
    const body = [
      'See [Alpha](/entries/testing/alpha/) and [X](/category/nope/),',
      '[tag](/tag/nope/), [page](/blog/) and [rel](../alpha.md).',
      '',
      '[ref]: /entries/testing/zeta/',
      '',
    ].join('\n');
    const problems = validateTree({ 'entries/testing/extra.md': entry('testing', {}, body) });
    expect(where(problems)).toEqual([
      'content/entries/testing/extra.md:13:5 broken-internal-link',
      'content/entries/testing/extra.md:13:42 broken-internal-link',
      'content/entries/testing/extra.md:14:1 broken-internal-link',
      'content/entries/testing/extra.md:14:20 broken-internal-link',
      'content/entries/testing/extra.md:14:39 broken-internal-link',
      'content/entries/testing/extra.md:16:1 broken-internal-link',
    ]);
    expect(problems[0]!.hint).toBe('did you mean /entries/web-frameworks/alpha/?');
    expect(problems[4]!.message).toBe('relative link ../alpha.md does not work on the site');
  });

  it("reports a category's seeAlso site path that is not a category", () => {
    const problems = validateTree({ 'categories/web-frameworks.yaml': WEB_CATEGORY.replace('/category/testing/', '/category/tests/') });
    expect(where(problems)).toEqual(['content/categories/web-frameworks.yaml:10:28 broken-internal-link']);
  });

  it("reports a category's seeAlso site path that the category page would not show (not /category/<id>/)", () => {
    for (const url of ['/category/testing', '/tag/web/', '/about/']) {
      const problems = validateTree({ 'categories/web-frameworks.yaml': WEB_CATEGORY.replace('/category/testing/', url) });
      expect(problems.map((p) => `${where([p])[0]} ${p.message}`)).toEqual([
        `content/categories/web-frameworks.yaml:10:28 broken-internal-link seeAlso ${url} is not a category page (the category page only shows links to other categories)`,
      ]);
    }
  });
});
