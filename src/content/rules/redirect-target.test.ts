import { describe, expect, it } from 'vitest';
import { validateTree, where } from '../fixtures/index.ts';

const redirectProblems = (yaml: string) => validateTree({ 'redirects.yaml': yaml }).filter((p) => p.path === 'content/redirects.yaml');

describe('redirect-target', () => {
  it('passes old ids that point at a live category, subcategory, entry or resource', () => {
    const yaml = `categories:
  web: web-frameworks
  apis: web-frameworks#api
entries:
  web/alpha: web-frameworks/alpha
  talks/example-cast: resources/podcast/example-cast
`;
    expect(redirectProblems(yaml)).toEqual([]);
  });

  it('reports a category target that does not exist, or names a subcategory the category lacks, at the value', () => {
    const problems = redirectProblems('categories:\n  web: web-framework\n  tests: testing#unit\n');
    expect(where(problems)).toEqual(['content/redirects.yaml:2:8 redirect-target', 'content/redirects.yaml:3:10 redirect-target']);
    expect(problems.map((p) => p.message)).toEqual(['category "web-framework" does not exist', 'category "testing" has no subcategory "unit"']);
  });

  it('reports an entry or resource target that does not exist', () => {
    const problems = redirectProblems('entries:\n  web/alpha: web-frameworks/alfa\n  web/cast: resources/podcast/missing\n');
    expect(where(problems)).toEqual(['content/redirects.yaml:2:14 redirect-target', 'content/redirects.yaml:3:13 redirect-target']);
    expect(problems.map((p) => p.message)).toEqual([
      'entry content/entries/web-frameworks/alfa.md does not exist',
      'resource content/resources/podcast/missing.md does not exist',
    ]);
  });

  it('reports an old id that is still a live category or entry, at the key, because its page would be replaced', () => {
    const problems = redirectProblems('categories:\n  testing: web-frameworks\nentries:\n  testing/one: web-frameworks/alpha\n');
    expect(where(problems)).toEqual(['content/redirects.yaml:2:3 redirect-target', 'content/redirects.yaml:4:3 redirect-target']);
    expect(problems[0]!.message).toBe('testing is a live category; a redirect would hide its page');
    expect(problems[1]!.message).toBe('testing/one is a live entry; a redirect would hide its page');
  });

  it('leaves a malformed target to the schema rule', () => {
    const problems = redirectProblems('categories:\n  web: Web Frameworks\n');
    expect(where(problems)).toEqual(['content/redirects.yaml:2:8 schema']);
  });
});
