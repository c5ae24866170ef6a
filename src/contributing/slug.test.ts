import { describe, expect, it } from 'vitest';
import { MAX_SLUG_LENGTH, slugForItem, slugify, uniqueSlug } from './slug.ts';

describe('slugify', () => {
  it.each([
    ['FastAPI', 'fastapi'],
    ['Pandas Profiling ü', 'pandas-profiling-u'],
    ['C++', 'c-plus-plus'],
    ['Django REST framework', 'django-rest-framework'],
    ["O'Reilly & Friends", 'oreilly-and-friends'],
    ['漢字', ''],
  ])('%s -> %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('cuts a long name at a word boundary, keeping a word that ends exactly at the limit', () => {
    const word = 'a'.repeat(9);
    const sixty = Array.from({ length: 6 }, () => word).join('-'); // 6 words of 9 + 5 dashes = 59
    expect(sixty.length).toBe(59);
    const exact = `${sixty}b`; // 60 characters, then more words
    expect(slugify(`${exact} more words`)).toBe(exact);
    expect(slugify(`${sixty} bcdef`)).toBe(sixty);
    expect(slugify('x'.repeat(80))).toBe('x'.repeat(MAX_SLUG_LENGTH));
  });
});

describe('slugForItem and uniqueSlug', () => {
  it('falls back to the URL, then the host, then the fallback', () => {
    expect(slugForItem('漢字', 'https://github.com/owner/kanji-tool.git', 'item-1')).toBe('kanji-tool');
    expect(slugForItem('漢字', 'https://www.example.org/', 'item-1')).toBe('example-org');
    expect(slugForItem('漢字', 'not a url', 'item-1')).toBe('item-1');
  });

  it('numbers clashing slugs', () => {
    const taken = new Set(['flask']);
    expect([uniqueSlug('flask', taken), uniqueSlug('flask', taken)]).toEqual(['flask-2', 'flask-3']);
  });
});
