/**
 * Rule `frontmatter-missing`: every entry and resource is a Markdown file that starts with a YAML
 * frontmatter block between two `---` lines. Without it there is nothing to validate or show.
 *
 * Examples: `examples` below, what the rule prints for a passing and a failing case; they
 * are run as its tests, so they cannot drift from the code.
 */
import type { Problem } from '../problem.ts';
import type { RuleExamples } from '../rule-examples.ts';

export const id = 'frontmatter-missing';

/** Passing and failing examples: this rule's documentation and its tests (rules/examples.test.ts). */
export const examples: RuleExamples = {
  passes: [
    {
      title: 'frontmatter between two --- lines',
      files: {},
      reports: [],
    },
  ],
  fails: [
    {
      title: 'no opening line',
      files: { 'entries/testing/four.md': 'name: Four\n' },
      reports: [
        'content/entries/testing/four.md:1:1  frontmatter-missing  no frontmatter: the file must start with a `---` line',
      ],
    },
    {
      title: 'never closed',
      files: { 'entries/testing/four.md': '---\nname: Four\n' },
      reports: [
        'content/entries/testing/four.md:1:1  frontmatter-missing  the frontmatter opened on line 1 is never closed',
      ],
    },
    {
      title: 'empty',
      files: { 'entries/testing/four.md': '---\n---\nA note.\n' },
      reports: [
        'content/entries/testing/four.md:1:1  frontmatter-missing  frontmatter is empty',
      ],
    },
  ],
};

/** Explains why `splitFrontmatter` found nothing (or nothing useful) in a Markdown file. */
export function frontmatterProblem(path: string, text: string, yaml: string | null): Problem | null {
  const base = { path, line: 1, col: 1, rule: id, severity: 'error' as const };
  if (yaml === null) {
    const opened = /^\uFEFF?---[ \t]*\r?\n/.test(text);
    return opened
      ? { ...base, message: 'the frontmatter opened on line 1 is never closed', hint: 'add a line with only `---` after the last YAML field' }
      : { ...base, message: 'no frontmatter: the file must start with a `---` line', hint: 'start the file with `---`, the YAML fields, then `---` (copy an existing entry)' };
  }
  const meaningful = yaml.split('\n').some((l) => l.trim() !== '' && !l.trimStart().startsWith('#'));
  if (!meaningful) {
    return { ...base, message: 'frontmatter is empty', hint: 'fill in the fields between the `---` lines (copy an existing entry)' };
  }
  return null;
}
