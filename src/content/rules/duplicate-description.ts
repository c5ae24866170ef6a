/**
 * Rule `duplicate-description`: every description is written for its own entry. Two equal
 * descriptions (ignoring case, spacing and final punctuation) mean a copy-paste slip.
 *
 * Examples: `examples` below, what the rule prints for a passing and a failing case; they
 * are run as its tests, so they cannot drift from the code.
 */
import { str, type Rule } from '../context.ts';
import type { ContentFile } from '../model.ts';
import type { Problem } from '../problem.ts';
import type { RuleExamples } from '../rule-examples.ts';

export const id = 'duplicate-description';

/** Passing and failing examples: this rule's documentation and its tests (rules/examples.test.ts). */
export const examples: RuleExamples = {
  passes: [
    {
      title: 'different descriptions',
      files: {},
      reports: [],
    },
  ],
  fails: [
    {
      title: 'the same sentence twice',
      files: { 'entries/testing/two.md': { fields: { description: 'Runs tests in the one style and reports failures clearly.' } } },
      reports: [
        'content/entries/testing/one.md:8:14  duplicate-description  same description as content/entries/testing/two.md:8',
        'content/entries/testing/two.md:8:14  duplicate-description  same description as content/entries/testing/one.md:8',
      ],
    },
  ],
};

/** Comparison key: case, whitespace and trailing punctuation do not make a description new. */
export function normalizeDescription(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').replace(/[\s.!?;:,]+$/, '').trim();
}

export const rule: Rule = {
  id,
  check(ctx) {
    const byText = new Map<string, ContentFile[]>();
    for (const file of [...ctx.entries, ...ctx.resources]) {
      const d = str(file, 'description');
      if (d === undefined) continue;
      const key = normalizeDescription(d);
      if (key === '') continue;
      const list = byText.get(key);
      if (list) list.push(file);
      else byText.set(key, [file]);
    }
    const problems: Problem[] = [];
    for (const list of byText.values()) {
      if (list.length < 2) continue;
      for (const file of list) {
        if (!ctx.isSelected(file)) continue;
        const others = list.filter((f) => f !== file).slice(0, 3).map((f) => `${f.path}:${ctx.at(f, ['description']).line}`);
        problems.push(
          ctx.problem(id, file, ctx.at(file, ['description']), `same description as ${others.join(', ')}`,
            'write a description for this entry in its own words: what it is for and what sets it apart'),
        );
      }
    }
    return problems;
  },
};
