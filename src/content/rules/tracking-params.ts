/**
 * Rule `tracking-params`: links carry no tracking query parameters (utm_*, fbclid, gclid, ref, …).
 * They leak where readers came from, make duplicates harder to spot, and add nothing.
 *
 * Examples: `examples` below, what the rule prints for a passing and a failing case; they
 * are run as its tests, so they cannot drift from the code.
 */
import type { Rule } from '../context.ts';
import { bodyLinks, fieldUrls, linksNeedParse } from '../links.ts';
import type { Problem } from '../problem.ts';
import { trackingParams } from '../../identity/url.ts';
import { fieldName } from './schema.ts';
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
  check(ctx) {
    const problems: Problem[] = [];
    for (const file of ctx.files) {
      if (!ctx.isSelected(file)) continue;
      for (const { path, url } of fieldUrls(file)) {
        const params = url.includes('?') ? trackingParams(url) : [];
        if (params.length) problems.push(ctx.problem(id, file, ctx.at(file, path), `${fieldName(path)} has ${describe(params)}`, hint(params)));
      }
      if (file.body.includes('?') && linksNeedParse(file.body, (url) => url.includes('?') && trackingParams(url).length > 0)) {
        for (const link of bodyLinks(ctx, file)) {
          const params = link.url.includes('?') ? trackingParams(link.url) : [];
          if (params.length) problems.push(ctx.problem(id, file, link.position, `link has ${describe(params)}: ${link.url}`, hint(params)));
        }
      }
    }
    return problems;
  },
};
