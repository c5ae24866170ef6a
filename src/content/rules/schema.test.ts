import { describe, expect, it } from 'vitest';
import { entry, resource, validateTree, where } from '../fixtures/index.ts';

describe('schema', () => {
  it('places a missing required field at the start of the frontmatter', () => {
    const problems = validateTree({ 'entries/testing/four.md': entry('testing', { description: null, url: 'https://four.example.org/', repo: null, pypi: null }) });
    expect(where(problems)).toEqual(['content/entries/testing/four.md:2:1 schema']);
    expect(problems[0]!.message).toBe('description is required');
    expect(problems[0]!.hint).toMatch(/add a `description:` field/);
  });

  it('places a wrong value at the value, with the allowed values as the hint', () => {
    const text = entry('testing', { status: 'great' }).replace('https://example.org/', 'https://four.example.org/');
    const problems = validateTree({ 'entries/testing/four.md': text.replace(/repo: .*\n|pypi: .*\n|description: .*\n/g, (l) => (l.startsWith('description') ? 'description: Checks four things at once and says which failed.\n' : '')) });
    expect(where(problems)).toEqual(['content/entries/testing/four.md:8:9 schema']);
    expect(problems[0]!.message).toBe('status: expected one of "recommended"|"alternative"|"legacy"');
    expect(problems[0]!.hint).toBe('use one of: recommended, alternative, legacy');
  });

  it('places an unknown field at its key and lists the allowed fields', () => {
    const text = entry('web-frameworks', { homepage: 'https://x.org/', url: 'https://x.org/', repo: null, pypi: null, description: 'Serves pages from a single file with no setup at all.' });
    const problems = validateTree({ 'entries/web-frameworks/x.md': text });
    expect(where(problems)).toEqual(['content/entries/web-frameworks/x.md:10:1 schema']);
    expect(problems[0]!.message).toBe('unknown field homepage');
    expect(problems[0]!.hint).toContain('allowed fields: name, url, repo, pypi, import, docs, category, subcategory, tags, description, pick, status, added, reviewed');
  });

  it('places an invalid array item at the item', () => {
    const text = entry('testing', { tags: '[testing, Not_Kebab]', url: 'https://five.example.org/', repo: null, pypi: null, description: 'Checks five things at once and says which failed.' });
    const problems = validateTree({ 'entries/testing/five.md': text });
    expect(where(problems)).toEqual(['content/entries/testing/five.md:5:17 schema']);
    expect(problems[0]!.message).toBe('tags[1]: must be lowercase kebab-case, like "web-frameworks"');
  });

  it('places an empty value at its key', () => {
    const text = entry('testing', { added: '', url: 'https://six.example.org/', repo: null, pypi: null, description: 'Checks six things at once and says which failed.' });
    const problems = validateTree({ 'entries/testing/six.md': text });
    expect(where(problems)).toEqual(['content/entries/testing/six.md:9:1 schema']);
    expect(problems[0]!.message).toBe('added: must be a date written YYYY-MM-DD');
  });

  it('checks resources, categories, groups and tags files against their schemas', () => {
    const problems = validateTree({
      'resources/podcast/bad.md': resource('podcast', { url: 'https://bad.example.org/', description: 'Talks about packaging every other Thursday.', free: 'maybe' }),
      'categories/testing.yaml': 'title: Testing\ngroup: developer-tools\norder: first\nintro: Test runners, fixtures and property-based testing tools for any code.\n',
      'groups.yaml': 'groups:\n  - { id: web-development, title: "Web", order: 10 }\n  - { id: developer-tools, title: "", order: 20 }\n',
      'tags.yaml': 'web: Web.\napi: APIs.\nasync: Async.\ntesting: Tests.\npodcast: Audio.\nBad_Tag: Oops.\n',
    });
    expect(where(problems)).toEqual([
      'content/categories/testing.yaml:3:8 schema',
      'content/groups.yaml:3:35 schema',
      'content/resources/podcast/bad.md:7:7 schema',
      'content/tags.yaml:6:1 schema',
    ]);
  });

  it('reports frontmatter that is not a mapping', () => {
    const problems = validateTree({ 'entries/testing/list.md': '---\n- a\n- b\n---\n' });
    expect(where(problems)).toEqual(['content/entries/testing/list.md:2:1 schema']);
    expect(problems[0]!.message).toBe('(top level): expected object, received array');
    expect(problems[0]!.hint).toBe('write an object here (see public/schema/entry.schema.json)');
  });
});
