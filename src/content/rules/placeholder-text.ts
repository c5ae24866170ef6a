/**
 * Rule `placeholder-text`: text a human still has to write never reaches the list. The importer
 * and `npm run new` mark descriptions, pick lines and intros they could not write in our own
 * words with "TODO:"; this rule keeps such drafts out of main.
 *
 * Examples: `examples` below, what the rule prints for a passing and a failing case; they
 * are run as its tests, so they cannot drift from the code.
 */
import { bodyPosition, type Rule } from '../context.ts';
import type { Problem } from '../problem.ts';
import type { RuleExamples } from '../rule-examples.ts';

export const id = 'placeholder-text';

/** Passing and failing examples: this rule's documentation and its tests (rules/examples.test.ts). */
export const examples: RuleExamples = {
  passes: [
    {
      title: 'text written by a human',
      files: {},
      reports: [],
    },
  ],
  fails: [
    {
      title: 'a TODO description',
      files: { 'entries/testing/one.md': { fields: { description: '"TODO: describe Test one in our own words."' } } },
      reports: [
        'content/entries/testing/one.md:8:14  placeholder-text  description is a TODO placeholder',
      ],
    },
  ],
};

const FIELDS = ['description', 'pick', 'intro'] as const;
const HINTS: Record<(typeof FIELDS)[number], string> = {
  description: 'write the description in our own words: what it is for and what sets it apart',
  pick: 'finish the sentence "Pick it when …" in our own words: when to choose it over its neighbours (see CONTRIBUTING.md)',
  intro: 'write the intro in our own words: what the category covers and how to choose',
};
const PLACEHOLDER = /^\s*(?:TODO|FIXME|TBD)\b:?/i;

/** Whether a text is a draft marker rather than finished prose. */
export function isPlaceholder(text: string): boolean {
  return PLACEHOLDER.test(text);
}

export const rule: Rule = {
  id,
  check(ctx) {
    const problems: Problem[] = [];
    for (const file of [...ctx.entries, ...ctx.resources, ...ctx.categories]) {
      if (!ctx.isSelected(file)) continue;
      for (const field of FIELDS) {
        const v = file.raw?.[field];
        if (typeof v === 'string' && isPlaceholder(v)) {
          problems.push(
            ctx.problem(id, file, ctx.at(file, [field]), `${field} is a TODO placeholder`, HINTS[field]),
          );
        }
      }
      // Parse the note only when it could hold a marker: most notes never need a tree.
      const md = file.kind === 'category' || !/\b(?:TODO|FIXME|TBD)\b/i.test(file.body) ? null : ctx.markdown(file);
      const first = md?.children.find((n) => n.type === 'paragraph');
      if (first && first.position && first.children[0]?.type === 'text' && isPlaceholder(first.children[0].value)) {
        problems.push(
          ctx.problem(id, file, bodyPosition(file, first.position.start), 'note is a TODO placeholder', 'write the note or delete the body'),
        );
      }
    }
    return problems;
  },
};
