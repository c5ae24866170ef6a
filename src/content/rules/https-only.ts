/**
 * Rule `https-only`: every link we publish uses https, in YAML fields and in note bodies alike.
 * Readers should never be sent over plain http, and nearly every project serves https today.
 *
 * Examples: `examples` below, what the rule prints for a passing and a failing case; they
 * are run as its tests, so they cannot drift from the code.
 */
import type { Rule } from '../context.ts';
import { bodyLinks, fieldUrls } from '../links.ts';
import type { Problem } from '../problem.ts';
import { fieldName } from './schema.ts';
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
  check(ctx) {
    const problems: Problem[] = [];
    for (const file of ctx.files) {
      if (!ctx.isSelected(file)) continue;
      for (const { path, url } of fieldUrls(file)) {
        if (/^http:\/\//i.test(url)) problems.push(ctx.problem(id, file, ctx.at(file, path), `${fieldName(path)} uses http://: ${url}`, HINT));
      }
      if (file.body.includes('http:')) {
        for (const link of bodyLinks(ctx, file)) {
          if (/^http:\/\//i.test(link.url)) problems.push(ctx.problem(id, file, link.position, `link uses http://: ${link.url}`, HINT));
        }
      }
    }
    return problems;
  },
};
