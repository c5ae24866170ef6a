import { describe, expect, it } from 'vitest';
import { astroRedirects, redirectPaths, redirectSources } from './redirects.ts';

const file = {
  categories: { 'gui-frameworks': 'user-interfaces', 'python-installers': 'package-managers#python-versions' },
  entries: { 'gui-frameworks/pyside6': 'user-interfaces/pyside6', 'design-patterns/thealgorithms': 'resources/website/thealgorithms-python' },
};

describe('redirectPaths', () => {
  it('maps old category and entry ids to site paths, a subcategory to its section and a resource to its kind', () => {
    expect(redirectPaths(file)).toEqual([
      { from: '/category/gui-frameworks/', to: '/category/user-interfaces/' },
      { from: '/category/python-installers/', to: '/category/package-managers/#python-versions' },
      { from: '/entries/gui-frameworks/pyside6/', to: '/entries/user-interfaces/pyside6/' },
      { from: '/entries/design-patterns/thealgorithms/', to: '/resources/#website' },
    ]);
  });

  it('is empty for a file with no mappings', () => {
    expect(redirectPaths({})).toEqual([]);
  });
});

describe('astroRedirects and redirectSources', () => {
  const list = redirectPaths(file).slice(0, 2);

  it('keys sources without the trailing slash and prefixes destinations with the base', () => {
    expect(astroRedirects(list, '/atlas/')).toEqual({
      '/category/gui-frameworks': '/atlas/category/user-interfaces/',
      '/category/python-installers': '/atlas/category/package-managers/#python-versions',
    });
    expect(astroRedirects(list, '/')['/category/gui-frameworks']).toBe('/category/user-interfaces/');
  });

  it('lists the old paths under the base, as the sitemap sees them', () => {
    expect([...redirectSources(list, '/atlas/')]).toEqual(['/atlas/category/gui-frameworks/', '/atlas/category/python-installers/']);
  });
});
