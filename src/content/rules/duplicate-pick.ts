/**
 * Rule `duplicate-pick`: every pick line is written for its own entry. Two pick lines that are
 * the same once case, punctuation and spacing are folded away mean a copy-paste slip, and tell a
 * reader nothing about which of the two to choose. TODO picks are left to `placeholder-text`.
 *
 * Examples: `examples` below, what the rule prints for a passing and a failing case; they
 * are run as its tests, so they cannot drift from the code.
 */
import type { Rule } from '../context.ts';
import { words } from '../originality.ts';
import { sameTextProblems } from '../same-text.ts';
import { isPlaceholder } from './placeholder-text.ts';
import type { RuleExamples } from '../rule-examples.ts';

export const id = 'duplicate-pick';

/** Passing and failing examples: this rule's documentation and its tests (rules/examples.test.ts). */
export const examples: RuleExamples = {
  passes: [
    {
      title: 'different pick lines',
      files: {},
      reports: [],
    },
  ],
  fails: [
    {
      title: 'the same pick line twice',
      files: { 'entries/testing/two.md': { fields: { pick: 'you need Test one for this job and accept its trade-offs against the other choices here.' } } },
      reports: [
        'content/entries/testing/one.md:9:7  duplicate-pick  same pick line as content/entries/testing/two.md:9',
        'content/entries/testing/two.md:9:7  duplicate-pick  same pick line as content/entries/testing/one.md:9',
      ],
    },
  ],
};

/** Comparison key: the words only, lowercased, so case, punctuation and spacing do not make a pick new. */
export function pickKey(pick: string): string {
  return words(pick).join(' ');
}

export const rule: Rule = {
  id,
  check: (ctx) =>
    sameTextProblems(ctx, {
      id,
      field: 'pick',
      label: 'pick line',
      files: ctx.entries,
      key: (pick) => (isPlaceholder(pick) ? null : pickKey(pick)),
      hint: 'say when to choose this entry rather than its neighbours, in words of its own',
    }),
};
