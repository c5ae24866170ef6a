/**
 * Rule `unknown-group`: a category's `group` must be an id in content/groups.yaml, or the category
 * would never appear on the home page.
 *
 * Passes: `group: web-development`
 * Fails:  `group: web`  → `content/categories/web-frameworks.yaml:2:8  unknown-group  group "web" is not in groups.yaml`
 */
import { str, type Rule } from '../context.ts';
import type { Problem } from '../problem.ts';

export const id = 'unknown-group';

export const rule: Rule = {
  id,
  check(ctx) {
    const problems: Problem[] = [];
    const groups = ctx.groupIds;
    if (!groups) return problems;
    for (const file of ctx.categories) {
      const group = str(file, 'group');
      if (!ctx.isSelected(file) || group === undefined || groups.has(group)) continue;
      problems.push(ctx.problem(id, file, ctx.at(file, ['group']), `group "${group}" is not in groups.yaml`, `use one of: ${[...groups].join(', ')}`));
    }
    return problems;
  },
};
