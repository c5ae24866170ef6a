/**
 * Rule `redirect-target`: every line of content/redirects.yaml must lead somewhere, and must not
 * hide a page. The site writes a redirect page at each old path (src/site/redirects.ts), so a
 * target that does not exist sends readers to a 404, and an old id that is a live category or
 * entry again would have its real page replaced by a redirect.
 *
 * Examples: `examples` below, what the rule prints for a passing and a failing case; they
 * are run as its tests, so they cannot drift from the code.
 */
import { categoryTarget, entryTarget } from '../../schemas/redirects.ts';
import type { ContentFile } from '../model.ts';
import type { Rule, RuleContext } from '../context.ts';
import type { Problem } from '../problem.ts';
import type { RuleExamples } from '../rule-examples.ts';

export const id = 'redirect-target';

/** Passing and failing examples: this rule's documentation and its tests (rules/examples.test.ts). */
export const examples: RuleExamples = {
  passes: [
    {
      title: 'an old id pointing at a live category',
      files: { 'redirects.yaml': 'categories:\n  web: web-frameworks\n' },
      reports: [],
    },
  ],
  fails: [
    {
      title: 'a target that does not exist',
      files: { 'redirects.yaml': 'categories:\n  web: web-framework\n' },
      reports: [
        'content/redirects.yaml:2:8  redirect-target  category "web-framework" does not exist',
      ],
    },
    {
      title: 'an old id that is a live page again',
      files: { 'redirects.yaml': 'categories:\n  testing: web-frameworks\n' },
      reports: [
        'content/redirects.yaml:2:3  redirect-target  testing is a live category; a redirect would hide its page',
      ],
    },
  ],
};

/** The well-formed pairs of one mapping; malformed ids and targets are the schema rule's to report. */
function mapping(file: ContentFile, key: 'categories' | 'entries'): Array<[string, string]> {
  const value = file.raw?.[key];
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
  const target = key === 'categories' ? categoryTarget : entryTarget;
  return Object.entries(value as Record<string, unknown>).filter((pair): pair is [string, string] => target.safeParse(pair[1]).success);
}

/** Why a category target does not resolve, or null when it does. */
function missingCategory(ctx: RuleContext, target: string): string | null {
  const [category, section] = target.split('#') as [string, string | undefined];
  if (!ctx.categoryIds.has(category)) return `category "${category}" does not exist`;
  if (section !== undefined && !ctx.subcategories.get(category)?.has(section)) return `category "${category}" has no subcategory "${section}"`;
  return null;
}

/** Why an entry target does not resolve, or null when it does. */
function missingEntry(ctx: RuleContext, target: string): string | null {
  if (target.startsWith('resources/')) {
    return ctx.resources.some((r) => r.rel === `${target}.md`) ? null : `resource content/${target}.md does not exist`;
  }
  return ctx.entryIds.has(target) ? null : `entry content/entries/${target}.md does not exist`;
}

export const rule: Rule = {
  id,
  check(ctx) {
    const problems: Problem[] = [];
    for (const file of ctx.files) {
      if (file.kind !== 'redirects' || !ctx.isSelected(file)) continue;
      for (const [old, target] of mapping(file, 'categories')) {
        if (ctx.categoryIds.has(old)) {
          problems.push(ctx.problem(id, file, ctx.at(file, ['categories', old], 'key'), `${old} is a live category; a redirect would hide its page`,
            `remove this line, or move the category's entries and delete content/categories/${old}.yaml`));
        }
        const missing = missingCategory(ctx, target);
        if (missing) problems.push(ctx.problem(id, file, ctx.at(file, ['categories', old]), missing, 'point it at an existing category id, with #<subcategory> only for a subcategory that category declares'));
      }
      for (const [old, target] of mapping(file, 'entries')) {
        if (ctx.entryIds.has(old)) {
          problems.push(ctx.problem(id, file, ctx.at(file, ['entries', old], 'key'), `${old} is a live entry; a redirect would hide its page`,
            `remove this line, or finish the move of content/entries/${old}.md`));
        }
        const missing = missingEntry(ctx, target);
        if (missing) problems.push(ctx.problem(id, file, ctx.at(file, ['entries', old]), missing, 'point it at the entry\'s new <category>/<slug>, or at resources/<kind>/<slug>'));
      }
    }
    return problems;
  },
};
