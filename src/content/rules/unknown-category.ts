/**
 * Rule `unknown-category`: an entry's `category` must be a file in content/categories/, or the
 * entry would belong to a page that does not exist.
 *
 * Passes: `category: testing` with content/categories/testing.yaml present
 * Fails:  `category: tests`   → `path:7:11  unknown-category  category "tests" does not exist`
 */
import { str, type Rule } from '../context.ts';
import type { Problem } from '../problem.ts';

export const id = 'unknown-category';

export const rule: Rule = {
  id,
  check(ctx) {
    const problems: Problem[] = [];
    for (const file of ctx.entries) {
      const category = str(file, 'category');
      if (!ctx.isSelected(file) || category === undefined || ctx.categoryIds.has(category)) continue;
      problems.push(
        ctx.problem(id, file, ctx.at(file, ['category']), `category "${category}" does not exist`,
          `use the file name of one of content/categories/*.yaml, or add content/categories/${category}.yaml`),
      );
    }
    return problems;
  },
};
