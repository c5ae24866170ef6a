import { describe, expect, it } from 'vitest';
import { createContext } from '../context.ts';
import { entry, loadTree, baseTree, NOW, resource, validateTree, where } from '../fixtures/index.ts';
import { missingPicks } from './missing-pick.ts';

const noPick = { 'entries/testing/extra.md': entry('testing', { name: 'Extra', url: 'https://extra.example.org/', repo: null, pypi: null, description: 'Runs the slow tests last and the flaky ones twice.', pick: null }) };

/** The rule's problems over the base tree plus `changes`. */
function check(changes: Record<string, string | null>) {
  const loaded = loadTree({ ...baseTree(), ...changes });
  return missingPicks(createContext(loaded.files, null, NOW));
}

describe('missing-pick', () => {
  it('reports an entry without a pick line at the start of its frontmatter (the doc example)', () => {
    const problems = check(noPick);
    expect(problems.map((p) => `${p.path}:${p.line}:${p.col}  ${p.rule}  ${p.message}`)).toEqual(['content/entries/testing/extra.md:2:1  missing-pick  pick is required']);
    expect(problems[0]!.hint).toBe('add a `pick:` line after the description: one sentence that completes "Pick it when …" (see CONTRIBUTING.md)');
  });

  it('passes entries with a pick line, and resources, which have none', () => {
    expect(check({ 'resources/podcast/other.md': resource('podcast', { url: 'https://other.example.org/', description: 'Interviews with the people behind the packaging tools.' }) })).toEqual([]);
  });

  it('runs in the validator', () => {
    const found = where(validateTree(noPick)).filter((w) => w.endsWith('missing-pick'));
    expect(found).toEqual(['content/entries/testing/extra.md:2:1 missing-pick']);
  });
});
