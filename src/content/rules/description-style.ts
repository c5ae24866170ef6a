/**
 * Rule `description-style`: descriptions read alike across the list. One sentence of 20–160
 * characters that starts with a capital letter (or digit), ends with a period, and says what the
 * project is for — not its own name again, and not "A Python library…" (everything here is one).
 *
 * Examples: `examples` below, what the rule prints for a passing and a failing case; they
 * are run as its tests, so they cannot drift from the code.
 */
import { str, type Rule } from '../context.ts';
import type { Problem } from '../problem.ts';
import type { RuleExamples } from '../rule-examples.ts';

export const id = 'description-style';

/** Passing and failing examples: this rule's documentation and its tests (rules/examples.test.ts). */
export const examples: RuleExamples = {
  passes: [
    {
      title: 'one sentence of our own',
      files: {},
      reports: [],
    },
  ],
  fails: [
    {
      title: 'the name first',
      files: { 'entries/testing/one.md': { fields: { description: 'Test one runs tests and reports failures clearly.' } } },
      reports: [
        "content/entries/testing/one.md:8:14  description-style  description starts with the entry's own name \"Test one\"",
      ],
    },
    {
      title: 'lowercase, no period, too short, "A Python library"',
      files: { 'entries/testing/two.md': { fields: { description: 'a python library' } } },
      reports: [
        'content/entries/testing/two.md:8:14  description-style  description starts with "a", not a capital letter',
        'content/entries/testing/two.md:8:14  description-style  description does not end with a period',
        'content/entries/testing/two.md:8:14  description-style  description is 16 characters; the minimum is 20',
        'content/entries/testing/two.md:8:14  description-style  description starts with "A Python library"',
      ],
    },
  ],
};

export const MIN_LENGTH = 20;
export const MAX_LENGTH = 160;

/** The style problems of one description as (message, hint) pairs; empty when it is fine. */
export function descriptionStyleIssues(description: string, name: string | undefined): Array<{ message: string; hint: string }> {
  const d = description.trim();
  const out: Array<{ message: string; hint: string }> = [];
  if (d === '') return out; // an empty description is a schema problem
  if (!/^[\p{Lu}\p{N}]/u.test(d)) {
    out.push({ message: `description starts with "${d[0]}", not a capital letter`, hint: 'start the sentence with a capital letter' });
  }
  if (!d.endsWith('.')) out.push({ message: 'description does not end with a period', hint: 'end the sentence with "."' });
  if (d.length < MIN_LENGTH) {
    out.push({ message: `description is ${d.length} characters; the minimum is ${MIN_LENGTH}`, hint: 'say what it is for and what sets it apart' });
  } else if (d.length > MAX_LENGTH) {
    out.push({ message: `description is ${d.length} characters; the maximum is ${MAX_LENGTH}`, hint: 'keep one sentence; move details to the note below the frontmatter' });
  }
  const n = name?.trim();
  if (n && d.toLowerCase().startsWith(n.toLowerCase()) && !/[\p{L}\p{N}]/u.test(d.charAt(n.length))) {
    out.push({ message: `description starts with the entry's own name "${n}"`, hint: 'the name is shown next to it: start with what it does, e.g. "Builds …" or "Fast … for …"' });
  }
  if (/^(?:an?\s+)?python\s+(?:library|package|module)\b/i.test(d)) {
    out.push({ message: 'description starts with "A Python library"', hint: 'everything here is Python: start with what makes this one useful' });
  }
  return out;
}

export const rule: Rule = {
  id,
  check(ctx) {
    const problems: Problem[] = [];
    for (const file of [...ctx.entries, ...ctx.resources]) {
      const description = str(file, 'description');
      if (!ctx.isSelected(file) || description === undefined) continue;
      for (const { message, hint } of descriptionStyleIssues(description, str(file, 'name'))) {
        problems.push(ctx.problem(id, file, ctx.at(file, ['description']), message, hint));
      }
    }
    return problems;
  },
};
