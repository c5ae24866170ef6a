import { describe, expect, it } from 'vitest';
import { FragmentScanner } from './fragments.ts';

describe('FragmentScanner', () => {
  it.each([
    ['<h2 id="install">', 'install', true],
    ["<h2 id='install'>", 'install', true],
    ['<h2 id=install>', 'install', true],
    ['<a name="install"></a>', 'install', true],
    ['<h2 id="user-content-install">', 'install', true],
    ['<h2 id="installation">', 'install', false],
    ['<h2 id="Install">', 'install', false],
    ['<a href="#install">', 'install', false],
    ['<h2 id="café">', 'café', true],
  ])('%s has #%s: %s', (html, fragment, expected) => {
    const s = new FragmentScanner([fragment]);
    s.feed(Buffer.from(html));
    expect(s.has(fragment)).toBe(expected);
  });

  it('finds an id split across two chunks and says when all are found', () => {
    const s = new FragmentScanner(['a', 'deep']);
    const part1 = Buffer.from('<p id="a">x</p><p i');
    expect(s.feed(part1)).toBe(false);
    expect(s.feed(Buffer.concat([part1, Buffer.from('d="deep">')]))).toBe(true);
  });
});
