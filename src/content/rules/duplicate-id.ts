/**
 * Rule `duplicate-id`: ids name pages and sections, so each must be unique where it is declared:
 * group ids in groups.yaml, and subcategory ids within one category file. A repeated id would
 * merge two sections on the site or hide one of them.
 *
 * Examples: `examples` below, what the rule prints for a passing and a failing case; they
 * are run as its tests, so they cannot drift from the code.
 */
import type { Rule } from '../context.ts';
import type { ContentFile } from '../model.ts';
import type { Problem } from '../problem.ts';
import type { RuleExamples } from '../rule-examples.ts';

export const id = 'duplicate-id';

/** Passing and failing examples: this rule's documentation and its tests (rules/examples.test.ts). */
export const examples: RuleExamples = {
  passes: [
    {
      title: 'distinct subcategory ids',
      files: {},
      reports: [],
    },
  ],
  fails: [
    {
      title: 'a subcategory id declared twice',
      files: { 'categories/web-frameworks.yaml': 'title: Web Frameworks\ngroup: web-development\norder: 10\nintro: >-\n  Frameworks that turn HTTP requests into Python function calls, from full-stack to micro.\nsubcategories:\n  - { id: full-stack, title: Full-stack }\n  - { id: api, title: APIs }\n  - { id: api, title: Web APIs }\n' },
      reports: [
        'content/categories/web-frameworks.yaml:9:11  duplicate-id  subcategory id "api" is declared twice (first on line 8)',
      ],
    },
  ],
};

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
