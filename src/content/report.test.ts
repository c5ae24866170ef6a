import { describe, expect, it } from 'vitest';
import type { Problem } from './problem.ts';
import { formatReport, summarize } from './report.ts';

const problems: Problem[] = [
  { path: 'content/a,b.md', line: 3, col: 6, rule: 'https-only', severity: 'error', message: 'url uses http://: 100%\nbad', hint: 'use https' },
  { path: 'content/categories/x.yaml', line: 1, col: 1, rule: 'small-category', severity: 'warning', message: '1 entry', hint: 'add entries' },
];
const summary = summarize(problems, 2);

describe('reports', () => {
  it('counts errors and warnings', () => {
    expect(summary).toEqual({ files: 2, errors: 1, warnings: 1 });
  });

  it('text: path:line:col  rule  message, then the fix; a newline in a message is shown, not printed', () => {
    expect(formatReport('text', problems, summary)).toBe(
      'content/a,b.md:3:6  https-only  url uses http://: 100%\\nbad\n    fix: use https\n' +
        'content/categories/x.yaml:1:1  small-category  warning: 1 entry\n    fix: add entries\n' +
        'validate failed: 1 error, 1 warning in 2 files\n',
    );
  });

  it('github: escapes properties and data as workflow commands require', () => {
    expect(formatReport('github', problems, summary).split('\n').slice(0, 2)).toEqual([
      '::error file=content/a%2Cb.md,line=3,col=6,title=https-only::url uses http://: 100%25%0Abad (fix: use https)',
      '::warning file=content/categories/x.yaml,line=1,col=1,title=small-category::1 entry (fix: add entries)',
    ]);
  });

  it('markdown: a heading, the counts and one escaped list item per problem', () => {
    expect(formatReport('markdown', problems, summary)).toBe(
      '## Content validation\n\nFailed: 1 error, 1 warning in 2 files.\n\n' +
        '- content/a,b.md:3 https-only: url uses http://: 100%\\\\nbad. Fix: use https.\n' +
        '- content/categories/x.yaml:1 small-category: 1 entry. Fix: add entries.\n',
    );
  });

  it('json: a versioned report with every problem', () => {
    expect(JSON.parse(formatReport('json', problems, summary))).toEqual({ version: 1, ok: false, files: 2, errors: 1, warnings: 1, problems });
  });
});
