/**
 * Rule `pick-style`: a pick line completes "Pick it when …" on the entry and category pages, so it
 * has to read as that sentence's ending: one sentence of 50–200 characters ending with a period,
 * without the words the site already prints, saying when to choose the project rather than
 * repeating what it is (the description), and as plain text (the site prints it escaped).
 * A TODO pick is left to `placeholder-text`.
 *
 * Examples: `examples` below, what the rule prints for a passing and a failing case; they
 * are run as its tests, so they cannot drift from the code.
 */
import { str, type Rule } from '../context.ts';
import { words, SHINGLE } from '../originality.ts';
import type { Problem } from '../problem.ts';
import { isPlaceholder } from './placeholder-text.ts';
import type { RuleExamples } from '../rule-examples.ts';

export const id = 'pick-style';

/** Passing and failing examples: this rule's documentation and its tests (rules/examples.test.ts). */
export const examples: RuleExamples = {
  passes: [
    {
      title: 'one sentence that completes "Pick it when"',
      files: {},
      reports: [],
    },
  ],
  fails: [
    {
      title: 'repeating the words the site prints',
      files: { 'entries/testing/one.md': { fields: { pick: 'Pick it when you need a test runner.' } } },
      reports: [
        'content/entries/testing/one.md:9:7  pick-style  pick starts with "Pick it when"; the site already prints those words',
        'content/entries/testing/one.md:9:7  pick-style  pick is 36 characters; the minimum is 50',
      ],
    },
  ],
};

export const MIN_LENGTH = 50;
export const MAX_LENGTH = 200;

/** The opening words the site prints itself ("Pick it when …"), longest first so the message names them all. */
const OPENINGS = /^(pick it when|pick|when)\b/i;

/** A sentence end followed by more text: "… ORM. Then …" (also catches "e.g. this"). */
const SECOND_SENTENCE = /[.!?]["')\]]?\s+\S/;

/** A Markdown link (inline, reference or autolink) or a bare URL. */
const LINK = /\[[^\]]*\]\([^)]*\)|\[[^\]]+\]\[[^\]]*\]|<https?:[^>]*>|https?:\/\//i;

/** An HTML tag or comment. */
const HTML = /<\/?[A-Za-z][^>]*>|<!--/;

/** The first run of `SHINGLE` words two texts share, or null (folded like the originality check). */
export function sharedRun(a: string, b: string): string | null {
  const bw = words(b);
  const runs = new Set<string>();
  for (let i = 0; i + SHINGLE <= bw.length; i++) runs.add(bw.slice(i, i + SHINGLE).join(' '));
  const aw = words(a);
  for (let i = 0; i + SHINGLE <= aw.length; i++) {
    const run = aw.slice(i, i + SHINGLE).join(' ');
    if (runs.has(run)) return run;
  }
  return null;
}

/** The style problems of one pick line as (message, hint) pairs; empty when it is fine. */
export function pickStyleIssues(pick: string, description: string | undefined): Array<{ message: string; hint: string }> {
  const p = pick.trim();
  const out: Array<{ message: string; hint: string }> = [];
  if (p === '' || isPlaceholder(p)) return out; // empty: schema; TODO: placeholder-text
  const opening = OPENINGS.exec(p)?.[1];
  if (opening) {
    out.push({ message: `pick starts with "${opening}"; the site already prints those words`, hint: 'start with the rest of the sentence "Pick it when …", like "you want …"' });
  }
  if (/[\r\n]/.test(p)) {
    out.push({ message: 'pick spans more than one line', hint: 'write the pick on one line' });
  } else if (SECOND_SENTENCE.test(p.slice(0, -1))) {
    out.push({ message: 'pick has more than one sentence', hint: 'keep one sentence (no "e.g." either); move details to the note below the frontmatter' });
  }
  if (!p.endsWith('.')) out.push({ message: 'pick does not end with a period', hint: 'end the sentence with "."' });
  if (p.length < MIN_LENGTH) {
    out.push({ message: `pick is ${p.length} characters; the minimum is ${MIN_LENGTH}`, hint: 'say the situation and the trade-off against the recommended pick or the closest alternative' });
  } else if (p.length > MAX_LENGTH) {
    out.push({ message: `pick is ${p.length} characters; the maximum is ${MAX_LENGTH}`, hint: 'keep one short sentence; move details to the note below the frontmatter' });
  }
  if (LINK.test(p)) out.push({ message: 'pick contains a link', hint: 'name the alternative in plain text; links belong in the note' });
  const tag = HTML.exec(p)?.[0];
  if (tag) out.push({ message: `pick contains HTML ${tag}`, hint: 'write plain text; the site prints the pick as text' });
  if (description !== undefined) {
    const same = words(p).join(' ') === words(description).join(' ');
    const run = same ? null : sharedRun(p, description);
    if (same) out.push({ message: 'pick repeats the description', hint: 'the description says what it is; the pick says when to choose it over its neighbours' });
    else if (run) out.push({ message: `pick shares "${run}" with the description`, hint: 'the description says what it is; the pick says when to choose it over its neighbours' });
  }
  return out;
}

export const rule: Rule = {
  id,
  check(ctx) {
    const problems: Problem[] = [];
    for (const file of ctx.entries) {
      const pick = str(file, 'pick');
      if (!ctx.isSelected(file) || pick === undefined) continue;
      for (const { message, hint } of pickStyleIssues(pick, str(file, 'description'))) {
        problems.push(ctx.problem(id, file, ctx.at(file, ['pick']), message, hint));
      }
    }
    return problems;
  },
};
