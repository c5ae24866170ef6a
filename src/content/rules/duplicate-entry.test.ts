import { describe, expect, it } from 'vitest';
import { entry, resource, validateTree, where } from '../fixtures/index.ts';

describe('duplicate-entry', () => {
  it('reports both files when a repository repeats under another name and folder', () => {
    const problems = validateTree({
      'entries/testing/alpha-copy.md': entry('testing', { repo: 'https://github.com/Example/Alpha.git' }),
    });
    expect(where(problems)).toEqual([
      'content/entries/testing/alpha-copy.md:4:7 duplicate-entry',
      'content/entries/web-frameworks/alpha.md:4:7 duplicate-entry',
    ]);
    expect(problems[0]!.message).toBe('same repository as content/entries/web-frameworks/alpha.md:4 (https://github.com/Example/Alpha.git)');
    expect(problems[1]!.message).toBe('same repository as content/entries/testing/alpha-copy.md:4 (https://github.com/example/alpha)');
  });

  it('treats http/https, www. and a trailing slash as the same URL', () => {
    const problems = validateTree({ 'entries/testing/b2.md': entry('testing', { url: 'http://www.beta.example.org' }) });
    expect(where(problems).filter((w) => w.includes('duplicate-entry'))).toEqual([
      'content/entries/testing/b2.md:3:6 duplicate-entry',
      'content/entries/web-frameworks/beta.md:3:6 duplicate-entry',
    ]);
  });

  it('treats PyPI names alike under PEP 503 normalization', () => {
    const problems = validateTree({ 'entries/testing/t1.md': entry('testing', { pypi: 'Test_One' }) });
    expect(where(problems)).toEqual(['content/entries/testing/one.md:5:7 duplicate-entry', 'content/entries/testing/t1.md:5:7 duplicate-entry']);
    expect(problems[1]!.message).toBe('same PyPI name as content/entries/testing/one.md:5 (Test_One)');
  });

  it('finds a resource whose URL repeats an entry homepage', () => {
    const problems = validateTree({ 'resources/podcast/gamma-cast.md': resource('podcast', { url: 'https://gamma.example.org/', description: 'Episodes recorded live at community sprints.' }) });
    expect(where(problems)).toEqual(['content/entries/web-frameworks/gamma.md:3:6 duplicate-entry', 'content/resources/podcast/gamma-cast.md:3:6 duplicate-entry']);
  });

  it('reports only selected files but still compares against the whole list', () => {
    const problems = validateTree(
      { 'entries/testing/alpha-copy.md': entry('testing', { repo: 'https://github.com/example/alpha' }) },
      (path) => path === 'content/entries/testing/alpha-copy.md',
    );
    expect(where(problems)).toEqual(['content/entries/testing/alpha-copy.md:4:7 duplicate-entry']);
  });
});
