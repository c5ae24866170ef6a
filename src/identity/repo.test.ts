import { describe, expect, it } from 'vitest';
import { isValidRepoRef, parseGithubRepo, repoKey } from './repo.ts';

describe('parseGithubRepo', () => {
  it.each([
    ['https://github.com/django/django', { owner: 'django', name: 'django' }],
    ['https://github.com/encode/starlette/', { owner: 'encode', name: 'starlette' }],
    ['http://www.github.com/pallets/flask.git', { owner: 'pallets', name: 'flask' }],
    ['github.com/a-b/c.d_e', { owner: 'a-b', name: 'c.d_e' }],
    ['owner/name', { owner: 'owner', name: 'name' }],
    ['https://github.com/o/n?tab=readme#x', { owner: 'o', name: 'n' }],
  ])('%s → %o', (input, ref) => {
    expect(parseGithubRepo(input)).toEqual(ref);
  });

  it.each([
    'https://gitlab.com/o/n',
    'https://codeberg.org/o/n',
    'https://github.com/o',
    'https://github.com/o/n/tree/main',
    'o/n/extra',
    '-bad/name',
    'bad--owner-/x',
    'o/"){ viewer { login } }',
    'o/..',
    'ftp://github.com/o/n',
    '',
  ])('rejects %s', (input) => {
    expect(parseGithubRepo(input)).toBeNull();
  });
});

describe('isValidRepoRef', () => {
  it('rejects quotes, spaces and over-long owners that could break a query', () => {
    expect(isValidRepoRef({ owner: 'a"b', name: 'x' })).toBe(false);
    expect(isValidRepoRef({ owner: 'ab', name: 'x y' })).toBe(false);
    expect(isValidRepoRef({ owner: 'a'.repeat(40), name: 'x' })).toBe(false);
    expect(isValidRepoRef({ owner: 'a'.repeat(39), name: 'x'.repeat(100) })).toBe(true);
  });
  it('keys case-insensitively', () => {
    expect(repoKey({ owner: 'Django', name: 'Django' })).toBe('django/django');
  });
});
