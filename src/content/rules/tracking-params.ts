/**
 * Rule `tracking-params`: links carry no tracking query parameters (utm_*, fbclid, gclid, ref, …).
 * They leak where readers came from, make duplicates harder to spot, and add nothing.
 *
 * Examples: `examples` below, what the rule prints for a passing and a failing case; they
 * are run as its tests, so they cannot drift from the code.
 */
import type { Rule } from '../context.ts';
import { linksNeedParse } from '../links.ts';
import { trackingParams } from '../../identity/url.ts';
import { urlProblems } from '../url-problems.ts';
import type { RuleExamples } from '../rule-examples.ts';

export const id = 'tracking-params';

/** Passing and failing examples: this rule's documentation and its tests (rules/examples.test.ts). */
export const examples: RuleExamples = {
  passes: [
    {
      title: 'clean URLs',
      files: {},
      reports: [],
    },
  ],
  fails: [
    {
      title: 'a utm_source parameter',
      files: { 'entries/testing/one.md': { fields: { url: 'https://one.tests.example.org/?utm_source=newsletter' } } },
      reports: [
        'content/entries/testing/one.md:3:6  tracking-params  url has tracking parameter utm_source',
      ],
    },
  ],
};

function hint(params: string[]): string {
  return `remove ${params.map((p) => `\`${p}=…\``).join(', ')} from the URL`;
}

function describe(params: string[]): string {
  return `tracking parameter${params.length > 1 ? 's' : ''} ${params.join(', ')}`;
}

export const rule: Rule = {
  id,
  check: (ctx) =>
    urlProblems(ctx, {
      id,
      judge(url) {
        const params = url.includes('?') ? trackingParams(url) : [];
        return params.length ? { what: `has ${describe(params)}`, hint: hint(params) } : null;
      },
      fieldShowsUrl: false,
      bodyMayHaveFault: (body) => body.includes('?') && linksNeedParse(body, (url) => url.includes('?') && trackingParams(url).length > 0),
    }),
};
