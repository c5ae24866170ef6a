/**
 * Rule `unknown-tag`: every tag of an entry or resource is listed in content/tags.yaml, so the
 * vocabulary stays small and each tag page has an explanation.
 *
 * Passes: `tags: [web, api]` with both in tags.yaml
 * Fails:  `tags: [web, apis]` → `path:9:13  unknown-tag  tag "apis" is not in tags.yaml`
 */
import type { Rule } from '../context.ts';
import type { Problem } from '../problem.ts';

export const id = 'unknown-tag';

export const rule: Rule = {
  id,
  check(ctx) {
    const problems: Problem[] = [];
    const known = ctx.tagIds;
    if (!known) return problems;
    for (const file of [...ctx.entries, ...ctx.resources]) {
      const tags = file.raw?.tags;
      if (!ctx.isSelected(file) || !Array.isArray(tags)) continue;
      tags.forEach((tag: unknown, i: number) => {
        // A tag that is not kebab-case is already a schema problem; one report per mistake is enough.
        if (typeof tag !== 'string' || known.has(tag) || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(tag)) return;
        problems.push(
          ctx.problem(id, file, ctx.at(file, ['tags', i]), `tag "${tag}" is not in tags.yaml`,
            `use an existing tag, or add \`${tag}: <one-line explanation>\` to content/tags.yaml`),
        );
      });
    }
    return problems;
  },
};
