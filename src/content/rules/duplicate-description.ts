/**
 * Rule `duplicate-description`: every description is written for its own entry. Two equal
 * descriptions (ignoring case, spacing and final punctuation) mean a copy-paste slip.
 *
 * Examples: `examples` below, what the rule prints for a passing and a failing case; they
 * are run as its tests, so they cannot drift from the code.
 */
import type { Rule } from '../context.ts';
import { sameTextProblems } from '../same-text.ts';
import type { RuleExamples } from '../rule-examples.ts';

export const id = 'duplicate-description';

/** Passing and failing examples: this rule's documentation and its tests (rules/examples.test.ts). */
export const examples: RuleExamples = {
  passes: [
    {
      title: 'different descriptions',
      files: {},
      reports: [],
    },
  ],
  fails: [
    {
      title: 'the same sentence twice',
      files: { 'entries/testing/two.md': { fields: { description: 'Runs tests in the one style and reports failures clearly.' } } },
      reports: [
        'content/entries/testing/one.md:8:14  duplicate-description  same description as content/entries/testing/two.md:8',
        'content/entries/testing/two.md:8:14  duplicate-description  same description as content/entries/testing/one.md:8',
      ],
    },
  ],
};

/** Comparison key: case, whitespace and trailing punctuation do not make a description new. */
export function normalizeDescription(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').replace(/[\s.!?;:,]+$/, '').trim();
}

export const rule: Rule = {
  id,
  check: (ctx) =>
    sameTextProblems(ctx, {
      id,
      field: 'description',
      label: 'description',
      files: [...ctx.entries, ...ctx.resources],
      key: normalizeDescription,
      hint: 'write a description for this entry in its own words: what it is for and what sets it apart',
    }),
};
