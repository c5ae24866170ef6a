/**
 * Rule `small-category` (warning): a category with fewer than 3 entries is thin — worth merging
 * into a neighbour or filling up. It is reported but does not fail the run.
 *
 * Examples: `examples` below, what the rule prints for a passing and a failing case; they
 * are run as its tests, so they cannot drift from the code.
 */
import { categoryId, str, type Rule } from '../context.ts';
import type { Problem } from '../problem.ts';
import type { RuleExamples } from '../rule-examples.ts';

export const id = 'small-category';

/** Passing and failing examples: this rule's documentation and its tests (rules/examples.test.ts). */
export const examples: RuleExamples = {
  passes: [
    {
      title: 'three entries',
      files: {},
      reports: [],
    },
  ],
  fails: [
    {
      title: 'two entries',
      files: { 'entries/testing/three.md': null },
      reports: [
        'content/categories/testing.yaml:1:1  small-category  warning: 2 entries; a category needs at least 3',
      ],
    },
  ],
};

export const MIN_ENTRIES = 3;

export const rule: Rule = {
  id,
  check(ctx) {
    const counts = new Map<string, number>();
    for (const file of ctx.entries) {
      const category = str(file, 'category') ?? file.rel.split('/')[1]!;
      counts.set(category, (counts.get(category) ?? 0) + 1);
    }
    const problems: Problem[] = [];
    for (const file of ctx.categories) {
      if (!ctx.isSelected(file)) continue;
      const n = counts.get(categoryId(file)) ?? 0;
      if (n >= MIN_ENTRIES) continue;
      problems.push(
        ctx.problem(id, file, { line: 1, col: 1 }, `${n} ${n === 1 ? 'entry' : 'entries'}; a category needs at least ${MIN_ENTRIES}`,
          'add entries, or merge the category into a neighbour', 'warning'),
      );
    }
    return problems;
  },
};
