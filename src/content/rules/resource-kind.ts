/**
 * Rule `resource-kind`: a resource lives in the folder named after its kind
 * (`content/resources/<kind>/<slug>.md`), so the folder tree and the site's grouping agree.
 *
 * Examples: `examples` below, what the rule prints for a passing and a failing case; they
 * are run as its tests, so they cannot drift from the code.
 */
import { str, type Rule } from '../context.ts';
import type { Problem } from '../problem.ts';
import type { RuleExamples } from '../rule-examples.ts';

export const id = 'resource-kind';

/** Passing and failing examples: this rule's documentation and its tests (rules/examples.test.ts). */
export const examples: RuleExamples = {
  passes: [
    {
      title: 'a podcast in podcast/',
      files: {},
      reports: [],
    },
  ],
  fails: [
    {
      title: 'a podcast in book/',
      files: { 'resources/podcast/example-cast.md': null, 'resources/book/example-cast.md': { fields: { kind: 'podcast' } } },
      reports: [
        'content/resources/book/example-cast.md:4:7  resource-kind  kind "podcast" does not match folder "book"',
      ],
    },
  ],
};

export const rule: Rule = {
  id,
  check(ctx) {
    const problems: Problem[] = [];
    for (const file of ctx.resources) {
      const kind = str(file, 'kind');
      const parts = file.rel.split('/');
      if (!ctx.isSelected(file) || kind === undefined || parts.length !== 3) continue;
      const folder = parts[1]!;
      if (folder === kind) continue;
      problems.push(
        ctx.problem(id, file, ctx.at(file, ['kind']), `kind "${kind}" does not match folder "${folder}"`,
          `move the file to content/resources/${kind}/${parts[2]} or set \`kind: ${folder}\``),
      );
    }
    return problems;
  },
};
