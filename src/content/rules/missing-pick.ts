/**
 * Rule `missing-pick`: every entry says when to choose it, in a `pick` line the entry and category
 * pages print as "Pick it when …". A rule rather than a required schema field so the message can
 * point at the frontmatter and say how to write one. Resources are not entries: no pick.
 *
 * Examples: `examples` below, what the rule prints for a passing and a failing case; they
 * are run as its tests, so they cannot drift from the code.
 */
import type { Rule, RuleContext } from '../context.ts';
import type { Problem } from '../problem.ts';
import type { RuleExamples } from '../rule-examples.ts';

export const id = 'missing-pick';

/** Passing and failing examples: this rule's documentation and its tests (rules/examples.test.ts). */
export const examples: RuleExamples = {
  passes: [
    {
      title: 'an entry with a pick line',
      files: {},
      reports: [],
    },
  ],
  fails: [
    {
      title: 'an entry without one',
      files: { 'entries/testing/one.md': { fields: { pick: null } } },
      reports: [
        'content/entries/testing/one.md:2:1  missing-pick  pick is required',
      ],
    },
  ],
};

/** Entries without a pick line. */
export function missingPicks(ctx: RuleContext): Problem[] {
  const problems: Problem[] = [];
  for (const file of ctx.entries) {
    // A file whose YAML did not parse has its own problem; a non-string pick is the schema's.
    if (!ctx.isSelected(file) || !file.raw || file.raw.pick !== undefined) continue;
    problems.push(
      ctx.problem(id, file, ctx.at(file, ['pick']), 'pick is required',
        'add a `pick:` line after the description: one sentence that completes "Pick it when …" (see CONTRIBUTING.md)'),
    );
  }
  return problems;
}

export const rule: Rule = { id, check: missingPicks };
