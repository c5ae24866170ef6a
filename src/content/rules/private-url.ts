/**
 * Rule `private-url` (warning): a link to a loopback, private-network, link-local or metadata
 * address (`http://127.0.0.1:8000/`, `http://2130706433/`, `http://localhost/`,
 * `http://metadata.google.internal/`, `https://nas.home.arpa/`). Readers cannot open it, and the
 * link checker refuses to fetch it ("private address, not checked") so a URL in a pull request
 * cannot make CI probe the runner's own network. Judged on the URL as written (IP literals in any
 * spelling, `localhost`, `.internal`/`.local`/`.home.arpa` names); the checker also judges the
 * address a name resolves to.
 *
 * Examples: `examples` below, what the rule prints for a passing and a failing case; they
 * are run as its tests, so they cannot drift from the code.
 */
import type { Rule } from '../context.ts';
import { privateUrlKind } from '../../http/private-address.ts';
import { urlProblems } from '../url-problems.ts';
import type { RuleExamples } from '../rule-examples.ts';

export const id = 'private-url';

/** Passing and failing examples: this rule's documentation and its tests (rules/examples.test.ts). */
export const examples: RuleExamples = {
  passes: [
    {
      title: 'public addresses',
      files: {},
      reports: [],
    },
  ],
  fails: [
    {
      title: 'a loopback link in the note',
      files: { 'entries/testing/one.md': { fields: {}, body: 'Run [the admin](http://127.0.0.1:8000/admin/) locally.\n' } },
      reports: [
        'content/entries/testing/one.md:13:5  private-url  warning: link points at a loopback address: http://127.0.0.1:8000/admin/',
      ],
    },
  ],
};

const HINT = 'link to a public address readers can open (the link checker does not fetch private ones)';

export const rule: Rule = {
  id,
  check: (ctx) =>
    urlProblems(ctx, {
      id,
      judge(url) {
        const kind = privateUrlKind(url);
        return kind ? { what: `points at a ${kind} address`, hint: HINT } : null;
      },
      severity: 'warning',
    }),
};
