/**
 * Rule `resource-kind`: a resource lives in the folder named after its kind
 * (`content/resources/<kind>/<slug>.md`), so the folder tree and the site's grouping agree.
 *
 * Passes: content/resources/podcast/talk-python.md with `kind: podcast`
 * Fails:  content/resources/book/talk-python.md with `kind: podcast`
 *         → `path:4:7  resource-kind  kind "podcast" does not match folder "book"`
 */
import { str, type Rule } from '../context.ts';
import type { Problem } from '../problem.ts';

export const id = 'resource-kind';

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
