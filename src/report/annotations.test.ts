import { describe, expect, it } from 'vitest';
import { githubAnnotation } from './annotations.ts';

describe('githubAnnotation', () => {
  it.each([
    ['error', { file: 'content/a.md', line: 3 }, 'dead', '::error file=content/a.md,line=3::dead'],
    ['warning', { file: 'a.md', line: 1, col: 5, title: 'activity/stale' }, 'old', '::warning file=a.md,line=1,col=5,title=activity/stale::old'],
    ['notice', { file: 'a,b:c.md', line: 2, title: 'x, y: z' }, '50% done\r\nnext', '::notice file=a%2Cb%3Ac.md,line=2,title=x%2C y%3A z::50%25 done%0D%0Anext'],
  ] as const)('%s %j %j', (level, at, message, expected) => {
    expect(githubAnnotation(level, at, message)).toBe(expected);
  });
});
