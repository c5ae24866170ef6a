/**
 * Rule `unknown-tag`: every tag of an entry or resource is listed in content/tags.yaml, so the
 * vocabulary stays small and each tag page has an explanation.
 *
 * Examples: `examples` below, what the rule prints for a passing and a failing case; they
 * are run as its tests, so they cannot drift from the code.
 */
import type { Rule } from '../context.ts';
import type { Problem } from '../problem.ts';
import type { RuleExamples } from '../rule-examples.ts';

export const id = 'unknown-tag';

/** Passing and failing examples: this rule's documentation and its tests (rules/examples.test.ts). */
export const examples: RuleExamples = {
  passes: [
    {
      title: 'tags from tags.yaml',
      files: {},
      reports: [],
    },
  ],
  fails: [
    {
      title: 'a tag that is not in tags.yaml',
      files: { 'entries/testing/one.md': { fields: { tags: '[testing, unit]' } } },
      reports: [
        'content/entries/testing/one.md:7:17  unknown-tag  tag "unit" is not in tags.yaml',
      ],
    },
  ],
};

export const rule: Rule = {
  id,
  check(ctx) {
    const problems: Problem[] = [];
    const known = ctx.tagIds;
    if (!known) return problems;
    for (const file of [...ctx.entries, ...ctx.resources]) {
      const tags = file.raw?.tags;
      if (!ctx.isSelected(file) || !Array.isArray(tags)) continue;
      tags.forEach((tag: unknown, i: number) => {
        // A tag that is not kebab-case is already a schema problem; one report per mistake is enough.
        if (typeof tag !== 'string' || known.has(tag) || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(tag)) return;
        problems.push(
          ctx.problem(id, file, ctx.at(file, ['tags', i]), `tag "${tag}" is not in tags.yaml`,
            `use an existing tag, or add \`${tag}: <one-line explanation>\` to content/tags.yaml`),
        );
      });
    }
    return problems;
  },
};
