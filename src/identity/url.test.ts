import { describe, expect, it } from 'vitest';
import { normalizePypiName } from './pypi.ts';
import { isTrackingParam, linkTarget, sameUrlKey, trackingParams } from './url.ts';

describe('sameUrlKey', () => {
  it.each([
    ['https://www.djangoproject.com/', 'djangoproject.com'],
    ['http://djangoproject.com', 'djangoproject.com'],
    ['https://github.com/Pallets/Flask.git', 'github.com/pallets/flask'],
    ['https://github.com/pallets/flask/', 'github.com/pallets/flask'],
    ['https://example.org/Docs/index.html', 'example.org/Docs'],
    ['https://example.org/a?b=2&a=1&utm_source=x#frag', 'example.org/a?a=1&b=2'],
    ['https://example.org:443/a', 'example.org/a'],
    ['https://example.org:8443/a', 'example.org:8443/a'],
    ['ftp://example.org/', null],
    ['not a url', null],
  ])('%s → %s', (url, key) => {
    expect(sameUrlKey(url)).toBe(key);
  });

  it('keeps path case on ordinary hosts, where it can matter', () => {
    expect(sameUrlKey('https://example.org/A')).not.toBe(sameUrlKey('https://example.org/a'));
  });
});

describe('normalizePypiName', () => {
  it.each([
    ['Flask_SQLAlchemy', 'flask-sqlalchemy'],
    ['zope.interface', 'zope-interface'],
    ['typing--extensions', 'typing-extensions'],
  ])('%s → %s', (name, key) => expect(normalizePypiName(name)).toBe(key));
});

describe('tracking parameters', () => {
  it('recognises common trackers and leaves real parameters', () => {
    expect(['utm_source', 'UTM_Campaign', 'fbclid', 'gclid', 'ref', 'mc_eid'].every(isTrackingParam)).toBe(true);
    expect(['q', 'page', 'version', 'referer-policy'].some(isTrackingParam)).toBe(false);
    expect(trackingParams('https://x.org/?q=1&utm_source=a&utm_source=b&fbclid=z')).toEqual(['utm_source', 'fbclid']);
    expect(trackingParams('nonsense')).toEqual([]);
  });
});

describe('linkTarget', () => {
  it.each([
    ['https://Example.ORG', 'https://example.org/', 'https://example.org/', undefined],
    ['HTTPS://example.org:443/a', 'https://example.org/a', 'https://example.org/a', undefined],
    ['http://example.org:80/a?b=1', 'http://example.org/a?b=1', 'http://example.org/a?b=1', undefined],
    ['  https://example.org/a#Install  ', 'https://example.org/a#Install', 'https://example.org/a', 'Install'],
    ['https://example.org/a#', 'https://example.org/a', 'https://example.org/a', undefined],
    ['https://example.org/a#caf%C3%A9', 'https://example.org/a#caf%C3%A9', 'https://example.org/a', 'café'],
    ['https://example.org/a/', 'https://example.org/a/', 'https://example.org/a/', undefined],
  ])('%s', (written, key, page, fragment) => {
    expect(linkTarget(written)).toEqual({ key, page, fragment });
  });

  it.each(['mailto:a@b.c', '/entries/x/', 'ftp://example.org', 'https://', 'not a url', '#top'])('ignores %s', (u) => {
    expect(linkTarget(u)).toBeNull();
  });

  it('gives the same key to spellings of the same URL', () => {
    expect(linkTarget('https://EXAMPLE.org')!.key).toBe(linkTarget('https://example.org/')!.key);
  });
});
