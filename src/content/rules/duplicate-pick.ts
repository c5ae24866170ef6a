/**
 * Rule `duplicate-pick`: every pick line is written for its own entry. Two pick lines that are
 * the same once case, punctuation and spacing are folded away mean a copy-paste slip, and tell a
 * reader nothing about which of the two to choose. TODO picks are left to `placeholder-text`.
 *
 * Examples: `examples` below, what the rule prints for a passing and a failing case; they
 * are run as its tests, so they cannot drift from the code.
 */
import { str, type Rule } from '../context.ts';
import type { ContentFile } from '../model.ts';
import { words } from '../originality.ts';
import type { Problem } from '../problem.ts';
import { isPlaceholder } from './placeholder-text.ts';
import type { RuleExamples } from '../rule-examples.ts';

export const id = 'duplicate-pick';

/** Passing and failing examples: this rule's documentation and its tests (rules/examples.test.ts). */
export const examples: RuleExamples = {
  passes: [
    {
      title: 'different pick lines',
      files: {},
      reports: [],
    },
  ],
  fails: [
    {
      title: 'the same pick line twice',
      files: { 'entries/testing/two.md': { fields: { pick: 'you need Test one for this job and accept its trade-offs against the other choices here.' } } },
      reports: [
        'content/entries/testing/one.md:9:7  duplicate-pick  same pick line as content/entries/testing/two.md:9',
        'content/entries/testing/two.md:9:7  duplicate-pick  same pick line as content/entries/testing/one.md:9',
      ],
    },
  ],
};

/** Comparison key: the words only, lowercased, so case, punctuation and spacing do not make a pick new. */
export function pickKey(pick: string): string {
  return words(pick).join(' ');
}

export const rule: Rule = {
  id,
  check(ctx) {
    const byKey = new Map<string, ContentFile[]>();
    for (const file of ctx.entries) {
      const pick = str(file, 'pick');
      if (pick === undefined || isPlaceholder(pick)) continue;
      const key = pickKey(pick);
      if (key === '') continue;
      const list = byKey.get(key);
      if (list) list.push(file);
      else byKey.set(key, [file]);
    }
    const problems: Problem[] = [];
    for (const list of byKey.values()) {
      if (list.length < 2) continue;
      for (const file of list) {
        if (!ctx.isSelected(file)) continue;
        const others = list.filter((f) => f !== file).slice(0, 3).map((f) => `${f.path}:${ctx.at(f, ['pick']).line}`);
        problems.push(
          ctx.problem(id, file, ctx.at(file, ['pick']), `same pick line as ${others.join(', ')}`,
            'say when to choose this entry rather than its neighbours, in words of its own'),
        );
      }
    }
    return problems;
  },
};
