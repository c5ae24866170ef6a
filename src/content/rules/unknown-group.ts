/**
 * Rule `unknown-group`: a category's `group` must be an id in content/groups.yaml, or the category
 * would never appear on the home page.
 *
 * Examples: `examples` below, what the rule prints for a passing and a failing case; they
 * are run as its tests, so they cannot drift from the code.
 */
import { str, type Rule } from '../context.ts';
import type { Problem } from '../problem.ts';
import type { RuleExamples } from '../rule-examples.ts';

export const id = 'unknown-group';

/** Passing and failing examples: this rule's documentation and its tests (rules/examples.test.ts). */
export const examples: RuleExamples = {
  passes: [
    {
      title: 'a group from groups.yaml',
      files: {},
      reports: [],
    },
  ],
  fails: [
    {
      title: 'a group that is not there',
      files: { 'categories/testing.yaml': 'title: Testing\ngroup: testing-tools\norder: 10\nintro: >-\n  Test runners, fixtures and property-based testing tools for code of any size.\n' },
      reports: [
        'content/categories/testing.yaml:2:8  unknown-group  group "testing-tools" is not in groups.yaml',
      ],
    },
  ],
};

export const rule: Rule = {
  id,
  check(ctx) {
    const problems: Problem[] = [];
    const groups = ctx.groupIds;
    if (!groups) return problems;
    for (const file of ctx.categories) {
      const group = str(file, 'group');
      if (!ctx.isSelected(file) || group === undefined || groups.has(group)) continue;
      problems.push(ctx.problem(id, file, ctx.at(file, ['group']), `group "${group}" is not in groups.yaml`, `use one of: ${[...groups].join(', ')}`));
    }
    return problems;
  },
};
