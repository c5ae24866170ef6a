/**
 * Rule `stray-file`: a file under content/entries/, content/resources/ or content/categories/
 * that the site would silently skip (`fastapi.markdown`, `notes.txt`, `FastAPI.MD`) is reported,
 * because its author surely meant it to be part of the list. Hidden files (`.gitkeep`) are fine.
 *
 * Examples: `examples` below, what the rule prints for a passing and a failing case; they
 * are run as its tests, so they cannot drift from the code.
 */
import type { Problem } from '../problem.ts';
import type { RuleExamples } from '../rule-examples.ts';

export const id = 'stray-file';

/** Passing and failing examples: this rule's documentation and its tests (rules/examples.test.ts). */
export const examples: RuleExamples = {
  passes: [
    {
      title: 'an entry saved as .md',
      files: {},
      reports: [],
    },
  ],
  fails: [
    {
      title: 'an entry saved as .markdown',
      files: { 'entries/web-frameworks/delta.markdown': '---\nname: Delta\n---\n' },
      reports: [
        'content/entries/web-frameworks/delta.markdown:1:1  stray-file  the site only reads .md files in content/entries/; this file is ignored',
      ],
    },
  ],
};

/** The problem for a root-relative path the loader does not read, or null when it is not stray. */
export function strayFileProblem(rel: string, path: string): Problem | null {
  const name = rel.slice(rel.lastIndexOf('/') + 1);
  if (name.startsWith('.')) return null;
  const top = rel.slice(0, rel.indexOf('/'));
  const expected = top === 'categories' ? '.yaml' : top === 'entries' || top === 'resources' ? '.md' : null;
  if (!expected) return null;
  const base = name.replace(/\.[^.]*$/, '');
  return {
    path,
    line: 1,
    col: 1,
    rule: id,
    severity: 'error',
    message: `the site only reads ${expected} files in content/${top}/; this file is ignored`,
    hint: `rename it to ${base}${expected} if it belongs to the list, or move it out of content/`,
  };
}
