/**
 * Rule `https-only`: every link we publish uses https, in YAML fields and in note bodies alike.
 * Readers should never be sent over plain http, and nearly every project serves https today.
 *
 * Examples: `examples` below, what the rule prints for a passing and a failing case; they
 * are run as its tests, so they cannot drift from the code.
 */
import type { Rule } from '../context.ts';
import { urlProblems } from '../url-problems.ts';
import type { RuleExamples } from '../rule-examples.ts';

export const id = 'https-only';

/** Passing and failing examples: this rule's documentation and its tests (rules/examples.test.ts). */
export const examples: RuleExamples = {
  passes: [
    {
      title: 'https links',
      files: {},
      reports: [],
    },
  ],
  fails: [
    {
      title: 'an http homepage',
      files: { 'entries/testing/one.md': { fields: { url: 'http://one.tests.example.org/' } } },
      reports: [
        'content/entries/testing/one.md:3:6  https-only  url uses http://: http://one.tests.example.org/',
      ],
    },
    {
      title: 'an http link in the note',
      files: { 'entries/testing/two.md': { fields: {}, body: 'See [the docs](http://two.tests.example.org/docs/).\n' } },
      reports: [
        'content/entries/testing/two.md:13:5  https-only  link uses http://: http://two.tests.example.org/docs/',
      ],
    },
  ],
};

const HINT = 'write https:// (check the page loads over https; nearly every site does)';

export const rule: Rule = {
  id,
  check: (ctx) =>
    urlProblems(ctx, {
      id,
      judge: (url) => (/^http:\/\//i.test(url) ? { what: 'uses http://', hint: HINT } : null),
      bodyMayHaveFault: (body) => body.includes('http:'),
    }),
};
