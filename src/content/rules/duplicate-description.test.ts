import { describe, expect, it } from 'vitest';
import { entry, validateTree, where } from '../fixtures/index.ts';
import { normalizeDescription } from './duplicate-description.ts';

describe('duplicate-description', () => {
  it('reports both files, ignoring case, spacing and the final period', () => {
    const problems = validateTree({ 'entries/testing/again.md': entry('testing', { description: 'Runs tests in the  ONE style and reports failures clearly' }) });
    expect(where(problems).filter((w) => w.includes('duplicate-description'))).toEqual([
      'content/entries/testing/again.md:8:14 duplicate-description',
      'content/entries/testing/one.md:8:14 duplicate-description',
    ]);
    expect(problems.find((p) => p.path.endsWith('again.md') && p.rule === 'duplicate-description')!.message).toBe(
      'same description as content/entries/testing/one.md:8',
    );
  });

  it('normalizes for comparison only', () => {
    expect(normalizeDescription('  Fast  JSON.  ')).toBe('fast json');
  });
});
