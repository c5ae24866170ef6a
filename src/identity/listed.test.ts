import { describe, expect, it } from 'vitest';
import { identityKeys, ListedProjects } from './listed.ts';

describe('identityKeys', () => {
  it('folds URL spellings and PyPI names, and counts a repo equal to the homepage once', () => {
    expect(identityKeys({ url: 'https://github.com/Pallets/Flask', repo: 'http://www.github.com/pallets/flask.git/', pypi: 'Flask_Login' })).toEqual([
      { key: 'url:github.com/pallets/flask', field: 'url', value: 'https://github.com/Pallets/Flask' },
      { key: 'pypi:flask-login', field: 'pypi', value: 'Flask_Login' },
    ]);
  });
  it('ignores what is not a string or not an http(s) URL', () => {
    expect(identityKeys({ url: 42, repo: 'mailto:a@b.c', pypi: null })).toEqual([]);
  });
});

describe('ListedProjects', () => {
  const listed = new ListedProjects<string>();
  listed.add('web/flask.md', { url: 'https://flask.palletsprojects.com/', repo: 'https://github.com/pallets/flask', pypi: 'Flask' });
  listed.add('web/django.md', { url: 'https://www.djangoproject.com/', pypi: 'Django' });

  it('finds a project by its repository given as the homepage, naming the field that matched', () => {
    expect(listed.find({ url: 'https://github.com/Pallets/flask/' })).toEqual({ item: 'web/flask.md', field: 'url', value: 'https://github.com/Pallets/flask/' });
  });
  it('finds a project by its PEP 503 PyPI name', () => {
    expect(listed.find({ url: 'https://example.org/', pypi: 'DJANGO' })).toEqual({ item: 'web/django.md', field: 'pypi', value: 'DJANGO' });
  });
  it('answers undefined for a project that is not listed', () => {
    expect(listed.find({ url: 'https://fastapi.tiangolo.com/', pypi: 'fastapi' })).toBeUndefined();
  });
  it('lists the keys two items share, in the order they were added', () => {
    const both = new ListedProjects<string>();
    both.add('a.md', { url: 'https://x.example.org/' });
    both.add('b.md', { url: 'http://www.x.example.org' });
    both.add('c.md', { url: 'https://y.example.org/' });
    expect(both.clashes().map((list) => list.map((l) => l.item))).toEqual([['a.md', 'b.md']]);
  });
});
