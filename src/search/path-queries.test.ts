import { expect, test } from 'vitest';
import { queriesForPath } from './path-queries.ts';

test('a missing path yields the slug, shorter prefixes of it, then its category', () => {
  expect(queriesForPath('/entries/web-frameworks/fastapy/')).toEqual(['fastapy', 'fastap', 'fasta', 'fast', 'fas', 'web frameworks']);
  expect(queriesForPath('/category/web_servers')).toEqual(['web servers', 'web server', 'web serve', 'web serv', 'web ser']);
  expect(queriesForPath('/')).toEqual([]);
});
