import { expect, test } from 'vitest';
import { foldName, queriesForPath, rankByName } from './search-rank.ts';

test('foldName ignores case, accents and punctuation', () => {
  expect(foldName('Scikit-Learn')).toBe('scikit learn');
  expect(foldName('  Pillow (PIL) ')).toBe('pillow pil');
  expect(foldName('Réalisé')).toBe('realise');
});

test('an exact name match moves to the top, then names starting with the query, else Pagefind order', () => {
  const results = ['FastAPI Users', 'Starlette', 'FastAPI', 'SQLModel', 'fastapi-cache'];
  expect(rankByName('fastapi', results, (r) => r)).toEqual(['FastAPI', 'FastAPI Users', 'fastapi-cache', 'Starlette', 'SQLModel']);
});

test('names that differ only by separators count as exact', () => {
  expect(rankByName('scikit learn', ['Other', 'scikit-learn'], (r) => r)[0]).toBe('scikit-learn');
  expect(rankByName('scikitlearn', ['Other', 'scikit-learn'], (r) => r)[0]).toBe('scikit-learn');
});

test('an empty query keeps the order', () => {
  expect(rankByName('  ', ['b', 'a'], (r) => r)).toEqual(['b', 'a']);
});

test('a missing path yields the slug, shorter prefixes of it, then its category', () => {
  expect(queriesForPath('/entries/web-frameworks/fastapy/')).toEqual(['fastapy', 'fastap', 'fasta', 'fast', 'fas', 'web frameworks']);
  expect(queriesForPath('/category/web_servers')).toEqual(['web servers', 'web server', 'web serve', 'web serv', 'web ser']);
  expect(queriesForPath('/')).toEqual([]);
});

test('for a prefix, the shortest matching name comes first', () => {
  expect(rankByName('fastap', ['FastAPI Users', 'Starlette', 'FastAPI'], (r) => r)).toEqual(['FastAPI', 'FastAPI Users', 'Starlette']);
});
