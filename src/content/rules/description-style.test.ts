import { describe, expect, it } from 'vitest';
import { entry, resource, validateTree, where } from '../fixtures/index.ts';
import { descriptionStyleIssues } from './description-style.ts';

describe('description-style', () => {
  it('reports each style problem at the description value', () => {
    const problems = validateTree({ 'entries/testing/extra.md': entry('testing', { description: 'a python library for tests' }) });
    expect(where(problems)).toEqual([
      'content/entries/testing/extra.md:8:14 description-style',
      'content/entries/testing/extra.md:8:14 description-style',
      'content/entries/testing/extra.md:8:14 description-style',
    ]);
    expect(problems.map((p) => p.message)).toEqual([
      'description starts with "a", not a capital letter',
      'description does not end with a period',
      'description starts with "A Python library"',
    ]);
  });

  it("reports a description that starts with the entry's own name", () => {
    const problems = validateTree({ 'entries/testing/extra.md': entry('testing', { name: 'Checkr', description: 'Checkr checks your code for you, thoroughly.' }) });
    expect(where(problems)).toEqual(['content/entries/testing/extra.md:8:14 description-style']);
    expect(problems[0]!.message).toBe('description starts with the entry\'s own name "Checkr"');
  });

  it('checks resources as well', () => {
    const problems = validateTree({ 'resources/podcast/short.md': resource('podcast', { url: 'https://short.example.org/', description: 'Too short.' }) });
    expect(where(problems)).toEqual(['content/resources/podcast/short.md:5:14 description-style']);
  });

  it.each([
    ['Builds JSON APIs from type hints.', 'FastAPI', []],
    ['Fastapi-like routing for tiny services.', 'Fast', []],
    ['3D plotting that runs in the browser.', 'Plotly', []],
    ['x'.repeat(19) + '.', 'X', ['description starts with "x", not a capital letter']],
    ['Nineteen chars now.', 'Y', ['description is 19 characters; the minimum is 20']],
    ['A'.repeat(160) + '.', 'B', ['description is 161 characters; the maximum is 160']],
    ['Python package that wraps libcurl for speed.', 'pycurl', ['description starts with "A Python library"']],
  ] as const)('%s (name %s)', (description, name, expected) => {
    expect(descriptionStyleIssues(description, name).map((i) => i.message)).toEqual(expected);
  });
});
