import { describe, expect, it } from 'vitest';
import { entry, validateTree, where } from '../fixtures/index.ts';
import { isPlaceholder } from './placeholder-text.ts';

describe('placeholder-text', () => {
  it('reports a TODO description at its value', () => {
    const problems = validateTree({ 'entries/testing/extra.md': entry('testing', { description: '"TODO: describe this project."' }) });
    expect(where(problems).filter((w) => w.endsWith('placeholder-text'))).toEqual(['content/entries/testing/extra.md:8:14 placeholder-text']);
  });

  it('reports a TODO pick at its value, with a hint on writing a pick line', () => {
    const problems = validateTree({ 'entries/testing/extra.md': entry('testing', { pick: '"TODO: finish the sentence in our own words."' }) });
    expect(where(problems)).toEqual(['content/entries/testing/extra.md:9:7 placeholder-text']);
    expect(problems[0]!.message).toBe('pick is a TODO placeholder');
    expect(problems[0]!.hint).toBe('finish the sentence "Pick it when …" in our own words: when to choose it over its neighbours (see CONTRIBUTING.md)');
  });

  it('reports a TODO note at the first body line', () => {
    const problems = validateTree({ 'entries/testing/extra.md': entry('testing', {}, 'TODO: write why.\n') });
    expect(where(problems)).toEqual(['content/entries/testing/extra.md:13:1 placeholder-text']);
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
