/**
 * Rule `unknown-category`: an entry's `category` must be a file in content/categories/, or the
 * entry would belong to a page that does not exist.
 *
 * Examples: `examples` below, what the rule prints for a passing and a failing case; they
 * are run as its tests, so they cannot drift from the code.
 */
import { str, type Rule } from '../context.ts';
import type { Problem } from '../problem.ts';
import type { RuleExamples } from '../rule-examples.ts';

export const id = 'unknown-category';

/** Passing and failing examples: this rule's documentation and its tests (rules/examples.test.ts). */
export const examples: RuleExamples = {
  passes: [
    {
      title: 'a category with its file',
      files: {},
      reports: [],
    },
  ],
  fails: [
    {
      title: 'a category without a file',
      files: { 'entries/tests/four.md': { fields: { category: 'tests', url: 'https://four.example.org/', repo: null, pypi: null } } },
      reports: [
        'content/entries/tests/four.md:4:11  unknown-category  category "tests" does not exist',
      ],
    },
  ],
};

export const rule: Rule = {
  id,
  check(ctx) {
    const problems: Problem[] = [];
    for (const file of ctx.entries) {
      const category = str(file, 'category');
      if (!ctx.isSelected(file) || category === undefined || ctx.categoryIds.has(category)) continue;
      problems.push(
        ctx.problem(id, file, ctx.at(file, ['category']), `category "${category}" does not exist`,
          `use the file name of one of content/categories/*.yaml, or add content/categories/${category}.yaml`),
      );
    }
    return problems;
  },
};
