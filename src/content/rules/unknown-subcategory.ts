/**
 * Rule `unknown-subcategory`: an entry's `subcategory` must be declared in its category file's
 * `subcategories`, so every use case shows up as a section of the category page.
 *
 * Passes: `subcategory: api` when web-frameworks.yaml lists `{ id: api, … }`
 * Fails:  `subcategory: apis` → `path:8:14  unknown-subcategory  subcategory "apis" is not declared in web-frameworks`
 */
import { str, type Rule } from '../context.ts';
import type { Problem } from '../problem.ts';

export const id = 'unknown-subcategory';

export const rule: Rule = {
  id,
  check(ctx) {
    const problems: Problem[] = [];
    for (const file of ctx.entries) {
      const category = str(file, 'category');
      const sub = str(file, 'subcategory');
      if (!ctx.isSelected(file) || category === undefined || sub === undefined) continue;
      const declared = ctx.subcategories.get(category);
      if (!declared || declared.has(sub)) continue;
      problems.push(
        ctx.problem(id, file, ctx.at(file, ['subcategory']), `subcategory "${sub}" is not declared in category ${category}`,
          declared.size
            ? `use one of: ${[...declared].join(', ')}; or declare it under subcategories: in content/categories/${category}.yaml`
            : `content/categories/${category}.yaml declares no subcategories; remove the field or declare it there`),
      );
    }
    return problems;
  },
};
