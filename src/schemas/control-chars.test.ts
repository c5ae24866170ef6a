/**
 * Issue 12, finding 5: control characters in text fields are refused at the schema, with a
 * message that names the character and where it is, reported by the validator at the field.
 */
import { describe, expect, it } from 'vitest';
import { entry, validateTree, where } from '../content/fixtures/index.ts';
import { categorySchema } from './category.ts';
import { describeControl } from './common.ts';
import { entrySchema } from './entry.ts';
import { resourceSchema } from './resource.ts';
import { tagsFileSchema } from './tags.ts';

const base = {
  name: 'Example',
  url: 'https://example.org/',
  category: 'testing',
  tags: ['web', 'api'],
  description: 'Does one thing well and explains itself clearly.',
  pick: 'you need one thing done well and accept the trade-offs against the neighbours.',
  status: 'recommended',
  added: '2026-01-01',
};

const messages = (r: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  r.success ? [] : r.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);

describe('text fields refuse control characters', () => {
  it.each([
    ['name', 'Evil\n::error title=x::forged', 'name: must not contain control characters: U+000A newline at character 5 (one line of text); retype the text without it'],
    ['name', 'red\u001b[31m', 'name: must not contain control characters: U+001B ESC at character 4 (one line of text); retype the text without it'],
    ['description', 'Rings a bell\u0007 when done, which is nice.', 'description: must not contain control characters: U+0007 BEL at character 13 (one line of text); retype the text without it'],
    ['pick', 'you want NUL\u0000 bytes in your pick line for some odd reason.', 'pick: must not contain control characters: U+0000 NUL at character 13 (one line of text); retype the text without it'],
    ['url', 'https://example.org/a\nb', 'url: must not contain control characters: U+000A newline at character 22 (one line of text); retype the text without it'],
    ['docs', 'https://example.org/\u001b', 'docs: must not contain control characters: U+001B ESC at character 21 (one line of text); retype the text without it'],
  ])('entry %s %j', (field, value, message) => {
    expect(messages(entrySchema.safeParse({ ...base, [field]: value }))).toEqual([message]);
  });

  it('accepts ordinary Unicode text', () => {
    expect(entrySchema.safeParse({ ...base, name: 'Ünïcode → 😀', description: 'Zero-width joiners and “quotes” are fine here.' }).success).toBe(true);
  });

  it('resources, categories and tags too; a category intro may span lines but holds no other control', () => {
    const resource = { name: 'Pod\u0007cast', url: 'https://example.org/', kind: 'podcast', description: 'A podcast.', tags: ['web'], free: true, added: '2026-01-01' };
    expect(messages(resourceSchema.safeParse(resource))).toEqual([expect.stringMatching(/^name: must not contain control characters: U\+0007 BEL/)]);
    const category = { title: 'Web', group: 'web', order: 1, intro: 'Line one of a long enough intro paragraph,\nline two of it.' };
    expect(categorySchema.safeParse(category).success).toBe(true);
    expect(messages(categorySchema.safeParse({ ...category, intro: `${category.intro}\u001b` }))).toEqual([expect.stringMatching(/^intro: must not contain control characters: U\+001B ESC/)]);
    expect(messages(categorySchema.safeParse({ ...category, title: 'We\nb' }))).toEqual([expect.stringMatching(/^title: .*U\+000A newline/)]);
    expect(messages(tagsFileSchema.safeParse({ web: 'Web\u0085apps' }))).toEqual([expect.stringMatching(/^web: .*U\+0085 NEL/)]);
  });

  it('the validator reports it at the field, with the fix', () => {
    const problems = validateTree({ 'entries/testing/extra.md': entry('testing', { name: '"Evil\\n::error title=x::forged"' }) });
    expect(where(problems)).toEqual(['content/entries/testing/extra.md:2:7 schema']);
    expect(problems[0]!.message).toMatch(/^name: must not contain control characters: U\+000A newline at character 5/);
  });

  it('names control characters for people', () => {
    expect(describeControl('\u001b')).toBe('U+001B ESC');
    expect(describeControl('\u0001')).toBe('U+0001');
  });
});
