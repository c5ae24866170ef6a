import { describe, expect, it } from 'vitest';
import { applyRemap, normalizeUrl, parseRemap, undoRemap } from './normalize.ts';

describe('normalizeUrl', () => {
  it.each([
    ['https://Example.ORG', 'https://example.org/', 'https://example.org/', undefined],
    ['HTTPS://example.org:443/a', 'https://example.org/a', 'https://example.org/a', undefined],
    ['http://example.org:80/a?b=1', 'http://example.org/a?b=1', 'http://example.org/a?b=1', undefined],
    ['  https://example.org/a#Install  ', 'https://example.org/a#Install', 'https://example.org/a', 'Install'],
    ['https://example.org/a#', 'https://example.org/a', 'https://example.org/a', undefined],
    ['https://example.org/a#caf%C3%A9', 'https://example.org/a#caf%C3%A9', 'https://example.org/a', 'café'],
    ['https://example.org/a/', 'https://example.org/a/', 'https://example.org/a/', undefined],
  ])('%s', (written, key, page, fragment) => {
    expect(normalizeUrl(written)).toEqual({ key, page, fragment });
  });

  it.each(['mailto:a@b.c', '/entries/x/', 'ftp://example.org', 'https://', 'not a url', '#top'])('ignores %s', (u) => {
    expect(normalizeUrl(u)).toBeNull();
  });

  it('gives the same key to spellings of the same URL', () => {
    expect(normalizeUrl('https://EXAMPLE.org')!.key).toBe(normalizeUrl('https://example.org/')!.key);
  });
});

describe('remap', () => {
  const remaps = [parseRemap('https://github.com http://127.0.0.1:9')!];
  it('parses two prefixes and rejects anything else', () => {
    expect(remaps[0]).toEqual({ from: 'https://github.com', to: 'http://127.0.0.1:9' });
    expect(parseRemap('one')).toBeNull();
    expect(parseRemap('a b c')).toBeNull();
  });
  it('rewrites and undoes a prefix', () => {
    expect(applyRemap('https://github.com/a/b', remaps)).toBe('http://127.0.0.1:9/a/b');
    expect(undoRemap('http://127.0.0.1:9/a-org/b', remaps)).toBe('https://github.com/a-org/b');
    expect(applyRemap('https://example.org/', remaps)).toBe('https://example.org/');
  });
});
