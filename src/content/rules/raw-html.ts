/**
 * Rule `raw-html`: note bodies are plain Markdown. Raw HTML is stripped or escaped by the site's
 * sanitizer, breaks the README export, and hides layout decisions in content files.
 *
 * Examples: `examples` below, what the rule prints for a passing and a failing case; they
 * are run as its tests, so they cannot drift from the code.
 */
import { visit } from 'unist-util-visit';
import { bodyPosition, type Rule } from '../context.ts';
import type { Problem } from '../problem.ts';
import type { RuleExamples } from '../rule-examples.ts';

export const id = 'raw-html';

/** Passing and failing examples: this rule's documentation and its tests (rules/examples.test.ts). */
export const examples: RuleExamples = {
  passes: [
    {
      title: 'Markdown emphasis in the note',
      files: { 'entries/testing/one.md': { fields: {}, body: 'Use **one** when you need it.\n' } },
      reports: [],
    },
  ],
  fails: [
    {
      title: 'an HTML tag in the note',
      files: { 'entries/testing/one.md': { fields: {}, body: 'Use <b>one</b> when you need it.\n' } },
      reports: [
        'content/entries/testing/one.md:13:5  raw-html  raw HTML <b> in the note',
        'content/entries/testing/one.md:13:11  raw-html  raw HTML </b> in the note',
      ],
    },
  ],
};

export const rule: Rule = {
  id,
  check(ctx) {
    const problems: Problem[] = [];
    for (const file of ctx.files) {
      if (!ctx.isSelected(file) || !file.body.includes('<')) continue;
      const tree = ctx.markdown(file);
      if (!tree) continue;
      visit(tree, 'html', (node) => {
        const value = node.value.trim();
        const snippet = /^<[^>\n]{0,60}>/.exec(value)?.[0] ?? value.split('\n')[0]!.slice(0, 40);
        problems.push(
          ctx.problem(id, file, bodyPosition(file, node.position?.start), `raw HTML ${snippet} in the note`,
            'use Markdown instead (**bold**, [text](url), lists); write a literal < as &lt; or inside `code`'),
        );
      });
    }
    return problems;
  },
};
