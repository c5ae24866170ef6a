/**
 * Rule `tag-count`: an entry carries at least two tags. One tag only repeats the category (every
 * GUI toolkit is `gui`); the second says what sets the entry apart among its neighbours (`mobile`,
 * `linux`, `jvm-dotnet`) and puts it on a second tag page where readers browse across categories.
 * Resources keep one tag as the minimum: their kind already classifies them.
 *
 * Examples: `examples` below, what the rule prints for a passing and a failing case; they
 * are run as its tests, so they cannot drift from the code.
 */
import type { Rule } from '../context.ts';
import type { Problem } from '../problem.ts';
import type { RuleExamples } from '../rule-examples.ts';

export const id = 'tag-count';

/** Passing and failing examples: this rule's documentation and its tests (rules/examples.test.ts). */
export const examples: RuleExamples = {
  passes: [
    {
      title: 'two tags',
      files: {},
      reports: [],
    },
  ],
  fails: [
    {
      title: 'one tag',
      files: { 'entries/testing/one.md': { fields: { tags: '[testing]' } } },
      reports: [
        'content/entries/testing/one.md:7:7  tag-count  1 tag; an entry needs at least 2',
      ],
    },
  ],
};

export const MIN_TAGS = 2;

export const rule: Rule = {
  id,
  check(ctx) {
    const problems: Problem[] = [];
    for (const file of ctx.entries) {
      const tags = file.raw?.tags;
      // A missing or malformed tags field is the schema rule's to report.
      if (!ctx.isSelected(file) || !Array.isArray(tags) || tags.length === 0 || tags.length >= MIN_TAGS) continue;
      problems.push(
        ctx.problem(id, file, ctx.at(file, ['tags']), `${tags.length} tag; an entry needs at least ${MIN_TAGS}`,
          'add a tag from content/tags.yaml that says what sets this entry apart from the rest of its category'),
      );
    }
    return problems;
  },
};
