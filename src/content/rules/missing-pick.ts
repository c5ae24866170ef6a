/**
 * Rule `missing-pick`: every entry says when to choose it, in a `pick` line the entry and category
 * pages print as "Pick it when …". A rule rather than a required schema field so the message can
 * point at the frontmatter and say how to write one. Resources are not entries: no pick.
 *
 * Passes: an entry with `pick: you want …`
 * Fails:  an entry without a `pick:` line
 *         → `path:2:1  missing-pick  pick is required`
 */
import type { Rule, RuleContext } from '../context.ts';
import type { Problem } from '../problem.ts';

export const id = 'missing-pick';

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
