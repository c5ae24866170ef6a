/**
 * Rule `placeholder-text`: text a human still has to write never reaches the list. The importer
 * and `npm run new` mark descriptions and intros they could not write in our own words with
 * "TODO:"; this rule keeps such drafts out of main.
 *
 * Passes: `description: Builds JSON APIs from type hints.`
 * Fails:  `description: "TODO: describe fastapi in our own words."`
 *         → `path:8:14  placeholder-text  description is a TODO placeholder`
 */
import { bodyPosition, type Rule } from '../context.ts';
import type { Problem } from '../problem.ts';

export const id = 'placeholder-text';

const FIELDS = ['description', 'intro'] as const;
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
            ctx.problem(id, file, ctx.at(file, [field]), `${field} is a TODO placeholder`, `write the ${field} in our own words: what it is for and what sets it apart`),
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
