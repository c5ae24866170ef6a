/**
 * Rule `duplicate-id`: ids name pages and sections, so each must be unique where it is declared:
 * group ids in groups.yaml, and subcategory ids within one category file. A repeated id would
 * merge two sections on the site or hide one of them.
 *
 * Passes: `groups: [{ id: web, … }, { id: data, … }]`
 * Fails:  `subcategories: [{ id: api, … }, { id: api, … }]`
 *         → `content/categories/web-frameworks.yaml:8:9  duplicate-id  subcategory id "api" is declared twice (first on line 7)`
 */
import type { Rule } from '../context.ts';
import type { ContentFile } from '../model.ts';
import type { Problem } from '../problem.ts';

export const id = 'duplicate-id';

export const rule: Rule = {
  id,
  check(ctx) {
    const problems: Problem[] = [];
    const scan = (file: ContentFile, listKey: string, what: string) => {
      const list = file.raw?.[listKey];
      if (!Array.isArray(list)) return;
      const first = new Map<string, number>();
      list.forEach((item: unknown, i: number) => {
        const itemId = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
        if (typeof itemId !== 'string') return;
        const seen = first.get(itemId);
        if (seen === undefined) {
          first.set(itemId, i);
          return;
        }
        const firstLine = ctx.at(file, [listKey, seen, 'id']).line;
        problems.push(
          ctx.problem(id, file, ctx.at(file, [listKey, i, 'id']), `${what} id "${itemId}" is declared twice (first on line ${firstLine})`,
            'give each one its own id, or merge the two declarations'),
        );
      });
    };
    if (ctx.groupsFile && ctx.isSelected(ctx.groupsFile)) scan(ctx.groupsFile, 'groups', 'group');
    for (const file of ctx.categories) if (ctx.isSelected(file)) scan(file, 'subcategories', 'subcategory');
    return problems;
  },
};
