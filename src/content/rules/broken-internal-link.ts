/**
 * Rule `broken-internal-link`: links to our own pages (`/entries/<category>/<slug>/`,
 * `/category/<id>/`, `/tag/<tag>/`, `/tag/`, `/search/`, `/resources/`, `/stats/`, `/about/`,
 * `/`) must point at a page the site builds, in note bodies and in a category's seeAlso. Relative
 * links (`../x.md`) do not work on the site and are reported too.
 *
 * Examples: `examples` below, what the rule prints for a passing and a failing case; they
 * are run as its tests, so they cannot drift from the code.
 */
import type { Rule, RuleContext } from '../context.ts';
import { bodyLinks, fieldUrls, linksNeedParse } from '../links.ts';
import type { Problem } from '../problem.ts';
import type { RuleExamples } from '../rule-examples.ts';

export const id = 'broken-internal-link';

/** Passing and failing examples: this rule's documentation and its tests (rules/examples.test.ts). */
export const examples: RuleExamples = {
  passes: [
    {
      title: 'a link to an existing entry',
      files: { 'entries/testing/one.md': { fields: {}, body: 'Compare [Alpha](/entries/web-frameworks/alpha/).\n' } },
      reports: [],
    },
  ],
  fails: [
    {
      title: 'a link to an entry that does not exist',
      files: { 'entries/testing/one.md': { fields: {}, body: 'Compare [Alpha](/entries/web/alpha/).\n' } },
      reports: [
        'content/entries/testing/one.md:13:9  broken-internal-link  /entries/web/alpha/ is not an entry',
      ],
    },
  ],
};

/** Pages the site builds at a fixed path (src/pages/): the home, the tag index, search and the rest. */
const STATIC_PAGES = new Set(['/', '/tag/', '/search/', '/resources/', '/stats/', '/about/']);

/** Why a site-relative link does not resolve, or null when it does (or is not a site link). */
export function resolveSitePath(ctx: RuleContext, url: string, slugIndex: Map<string, string[]>): { message: string; hint: string } | null {
  if (url === '' || url.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return null;
  if (!url.startsWith('/')) {
    return { message: `relative link ${url} does not work on the site`, hint: 'link with a site path such as /entries/<category>/<slug>/ or /category/<id>/' };
  }
  const bare = url.replace(/[?#].*$/, '');
  const path = bare.endsWith('/') ? bare : `${bare}/`;
  if (STATIC_PAGES.has(path)) return null;
  let m = /^\/entries\/([^/]+)\/([^/]+)\/$/.exec(path);
  if (m) {
    if (ctx.entryIds.has(`${m[1]}/${m[2]}`)) return null;
    const elsewhere = slugIndex.get(m[2]!);
    return {
      message: `${url} is not an entry`,
      hint: elsewhere?.length ? `did you mean /entries/${elsewhere[0]}/?` : `add content/entries/${m[1]}/${m[2]}.md or fix the link`,
    };
  }
  m = /^\/category\/([^/]+)\/$/.exec(path);
  if (m) return ctx.categoryIds.has(m[1]!) ? null : { message: `${url} is not a category`, hint: `add content/categories/${m[1]}.yaml or link an existing category` };
  m = /^\/tag\/([^/]+)\/$/.exec(path);
  if (m) {
    if (!ctx.tagIds || ctx.tagIds.has(m[1]!)) return null;
    return { message: `${url} is not a tag`, hint: 'link a tag listed in content/tags.yaml' };
  }
  return { message: `${url} is not a page of the site`, hint: 'site pages: /entries/<category>/<slug>/, /category/<id>/, /tag/<tag>/, /tag/, /search/, /resources/, /stats/, /about/' };
}

/**
 * A category's seeAlso links other categories (src/schemas/category.ts): the category page shows a
 * site path only when it is exactly `/category/<id>/`, so any other site path would vanish there.
 */
function seeAlsoNotACategory(url: string): { message: string; hint: string } | null {
  if (!url.startsWith('/') || url.startsWith('//') || /^\/category\/[^/]+\/$/.test(url)) return null;
  return { message: `seeAlso ${url} is not a category page (the category page only shows links to other categories)`, hint: 'link /category/<id>/ with the trailing slash, or an https URL' };
}

export const rule: Rule = {
  id,
  check(ctx) {
    const slugIndex = new Map<string, string[]>();
    for (const entryId of ctx.entryIds) {
      const slug = entryId.slice(entryId.indexOf('/') + 1);
      slugIndex.set(slug, [...(slugIndex.get(slug) ?? []), entryId]);
    }
    const problems: Problem[] = [];
    for (const file of ctx.files) {
      if (!ctx.isSelected(file)) continue;
      if (file.kind === 'category') {
        for (const { path, url } of fieldUrls(file)) {
          const bad = resolveSitePath(ctx, url, slugIndex) ?? seeAlsoNotACategory(url);
          if (bad) problems.push(ctx.problem(id, file, ctx.at(file, path), bad.message, bad.hint));
        }
      }
      if (!linksNeedParse(file.body, (url) => resolveSitePath(ctx, url, slugIndex) !== null)) continue;
      for (const link of bodyLinks(ctx, file)) {
        const bad = resolveSitePath(ctx, link.url, slugIndex);
        if (bad) problems.push(ctx.problem(id, file, link.position, bad.message, bad.hint));
      }
    }
    return problems;
  },
};
