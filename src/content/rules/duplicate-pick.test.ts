import { describe, expect, it } from 'vitest';
import { entry, fixturePick, validateTree, where } from '../fixtures/index.ts';
import { pickKey } from './duplicate-pick.ts';

describe('duplicate-pick', () => {
  it('passes different pick lines (the base tree)', () => {
    expect(validateTree().filter((p) => p.rule === 'duplicate-pick')).toEqual([]);
  });

  it('reports both files, ignoring case, punctuation and spacing, as the doc example shows', () => {
    const again = fixturePick('Test one').toUpperCase().replace(/,/g, ' ;').replace(/\.$/, '!.');
    const problems = validateTree({ 'entries/testing/again.md': entry('testing', { name: 'Again', url: 'https://again.example.org/', repo: null, pypi: null, description: 'Runs tests again and again until they finally pass.', pick: JSON.stringify(again) }) });
    expect(where(problems)).toEqual(['content/entries/testing/again.md:7:7 duplicate-pick', 'content/entries/testing/one.md:9:7 duplicate-pick']);
    expect(problems.map((p) => `${p.path}:${p.line}:${p.col}  ${p.rule}  ${p.message}`)).toEqual([
      'content/entries/testing/again.md:7:7  duplicate-pick  same pick line as content/entries/testing/one.md:9',
      'content/entries/testing/one.md:9:7  duplicate-pick  same pick line as content/entries/testing/again.md:7',
    ]);
  });

  it('does not compare TODO placeholders (placeholder-text reports those)', () => {
    const todo = '"TODO: finish the sentence in our own words."';
    const problems = validateTree({
      'entries/testing/a.md': entry('testing', { name: 'A', url: 'https://a.example.org/', repo: null, pypi: null, description: 'Checks the first half of the suite in parallel.', pick: todo }),
      'entries/testing/b.md': entry('testing', { name: 'B', url: 'https://b.example.org/', repo: null, pypi: null, description: 'Checks the second half of the suite in parallel.', pick: todo }),
    });
    expect(problems.map((p) => p.rule)).toEqual(['placeholder-text', 'placeholder-text']);
  });

  it('folds case, punctuation and spacing into the key', () => {
    expect(pickKey("  You want Flask's ecosystem,  without  the sync core. ")).toBe('you want flask s ecosystem without the sync core');
  });
});
