import { describe, expect, it } from 'vitest';
import { entry, validateTree, WEB_CATEGORY, where } from '../fixtures/index.ts';

describe('https-only', () => {
  it('reports http:// in URL fields at the value', () => {
    const problems = validateTree({ 'entries/testing/extra.md': entry('testing', { docs: 'http://docs.example.org/' }) });
    expect(where(problems)).toEqual(['content/entries/testing/extra.md:12:7 https-only']);
    expect(problems[0]!.message).toBe('docs uses http://: http://docs.example.org/');
  });

  it('reports http:// links in the note body at the link', () => {
    const body = 'Intro line.\n\nSee [the guide](http://guide.example.org/) first.\n';
    const problems = validateTree({ 'entries/testing/extra.md': entry('testing', {}, body) });
    expect(where(problems)).toEqual(['content/entries/testing/extra.md:15:5 https-only']);
  });

  it("reports http:// in a category's seeAlso", () => {
    const text = WEB_CATEGORY.replace('seeAlso:\n', 'seeAlso:\n  - { title: PEP 3333, url: "http://peps.python.org/pep-3333/" }\n');
    const problems = validateTree({ 'categories/web-frameworks.yaml': text });
    expect(where(problems)).toEqual(['content/categories/web-frameworks.yaml:10:29 https-only']);
  });
});
