import { describe, expect, it } from 'vitest';
import { entry, validateTree, where } from '../fixtures/index.ts';
import { isPlaceholder } from './placeholder-text.ts';

describe('placeholder-text', () => {
  it('reports a TODO description at its value', () => {
    const problems = validateTree({ 'entries/testing/extra.md': entry('testing', { description: '"TODO: describe this project."' }) });
    expect(where(problems).filter((w) => w.endsWith('placeholder-text'))).toEqual(['content/entries/testing/extra.md:8:14 placeholder-text']);
  });

  it('reports a TODO note at the first body line', () => {
    const problems = validateTree({ 'entries/testing/extra.md': entry('testing', {}, 'TODO: write why.\n') });
    expect(where(problems)).toEqual(['content/entries/testing/extra.md:12:1 placeholder-text']);
  });

  it.each([
    ['TODO: x', true],
    ['todo - later', true],
    ['FIXME: x', true],
    ['Todoist client for tasks.', false],
    ['Tracks TODO comments in code.', false],
  ] as const)('%s is a placeholder: %s', (text, expected) => {
    expect(isPlaceholder(text)).toBe(expected);
  });
});
