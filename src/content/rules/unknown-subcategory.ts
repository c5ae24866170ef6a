/**
 * Rule `unknown-subcategory`: an entry's `subcategory` must be declared in its category file's
 * `subcategories`, so every use case shows up as a section of the category page.
 *
 * Examples: `examples` below, what the rule prints for a passing and a failing case; they
 * are run as its tests, so they cannot drift from the code.
 */
import { str, type Rule } from '../context.ts';
import type { Problem } from '../problem.ts';
import type { RuleExamples } from '../rule-examples.ts';

export const id = 'unknown-subcategory';

/** Passing and failing examples: this rule's documentation and its tests (rules/examples.test.ts). */
export const examples: RuleExamples = {
  passes: [
    {
      title: 'a subcategory the category declares',
      files: {},
      reports: [],
    },
  ],
  fails: [
    {
      title: 'a subcategory it does not',
      files: { 'entries/web-frameworks/beta.md': { fields: { subcategory: 'apis' } } },
      reports: [
        'content/entries/web-frameworks/beta.md:12:14  unknown-subcategory  subcategory "apis" is not declared in category web-frameworks',
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
      const sub = str(file, 'subcategory');
      if (!ctx.isSelected(file) || category === undefined || sub === undefined) continue;
      const declared = ctx.subcategories.get(category);
      if (!declared || declared.has(sub)) continue;
      problems.push(
        ctx.problem(id, file, ctx.at(file, ['subcategory']), `subcategory "${sub}" is not declared in category ${category}`,
          declared.size
            ? `use one of: ${[...declared].join(', ')}; or declare it under subcategories: in content/categories/${category}.yaml`
            : `content/categories/${category}.yaml declares no subcategories; remove the field or declare it there`),
      );
    }
    return problems;
  },
};
