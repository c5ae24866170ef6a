import { describe, expect, it } from 'vitest';
import { applyRemap, parseRemap, undoRemap } from './normalize.ts';

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
