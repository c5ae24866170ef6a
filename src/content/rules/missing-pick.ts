/**
 * Rule `missing-pick`: every entry says when to choose it, in a `pick` line the entry and category
 * pages print as "Pick it when …". While the list is being filled in, the requirement is off;
 * flipping PICK_REQUIRED to true turns it on for the whole list (the schema keeps `pick` optional
 * so that `npm run new` and the JSON Schema need no change). Resources are not entries: no pick.
 *
 * Passes: an entry with `pick: you want …`, or any entry while PICK_REQUIRED is false
 * Fails:  (PICK_REQUIRED true) an entry without a `pick:` line
 *         → `path:2:1  missing-pick  pick is required`
 */
import type { Rule, RuleContext } from '../context.ts';
import type { Problem } from '../problem.ts';

export const id = 'missing-pick';

/** The one switch: false while pick lines are being written, true once every entry has one. */
export const PICK_REQUIRED = false;

/** Entries without a pick line, when picks are `required` (the rule passes PICK_REQUIRED). */
export function missingPicks(ctx: RuleContext, required: boolean): Problem[] {
  if (!required) return [];
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

export const rule: Rule = {
  id,
  check: (ctx) => missingPicks(ctx, PICK_REQUIRED),
};
