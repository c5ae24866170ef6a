/**
 * Rule `duplicate-entry`: one project, one entry. Two files (entries or resources, anywhere in
 * the list) that share a URL, a repository or a PyPI name are reported, each naming the other.
 * URLs are compared normalized (http/https, `www.`, trailing slash, tracking parameters, case on
 * code hosts) and PyPI names PEP 503-normalized (`Flask_SQLAlchemy` = `flask-sqlalchemy`).
 *
 * Examples: `examples` below, what the rule prints for a passing and a failing case; they
 * are run as its tests, so they cannot drift from the code.
 */
import type { Rule } from '../context.ts';
import type { ContentFile } from '../model.ts';
import type { Problem } from '../problem.ts';
import { ListedProjects } from '../../identity/listed.ts';
import type { RuleExamples } from '../rule-examples.ts';

export const id = 'duplicate-entry';

/** Passing and failing examples: this rule's documentation and its tests (rules/examples.test.ts). */
export const examples: RuleExamples = {
  passes: [
    {
      title: 'different homepages, repositories and PyPI names',
      files: {},
      reports: [],
    },
  ],
  fails: [
    {
      title: 'the same repository in two folders',
      files: { 'entries/testing/alpha-copy.md': { fields: { name: 'Alpha Copy', url: 'https://alpha-copy.example.org/', repo: 'https://github.com/Example/Alpha.git', pypi: null } } },
      reports: [
        'content/entries/testing/alpha-copy.md:4:7  duplicate-entry  same repository as content/entries/web-frameworks/alpha.md:4 (https://github.com/Example/Alpha.git)',
        'content/entries/web-frameworks/alpha.md:4:7  duplicate-entry  same repository as content/entries/testing/alpha-copy.md:4 (https://github.com/example/alpha)',
      ],
    },
  ],
};

const LABEL: Record<string, string> = { url: 'URL', repo: 'repository', pypi: 'PyPI name' };

export const rule: Rule = {
  id,
  check(ctx) {
    // "The same project" is src/identity/listed.ts's answer, as for `new` and `import`.
    const listed = new ListedProjects<ContentFile>();
    for (const file of [...ctx.entries, ...ctx.resources]) {
      const raw = file.raw ?? {};
      listed.add(file, file.kind === 'entry' ? { url: raw.url, repo: raw.repo, pypi: raw.pypi } : { url: raw.url });
    }
    const problems: Problem[] = [];
    for (const list of listed.clashes()) {
      for (const occ of list) {
        if (!ctx.isSelected(occ.item)) continue;
        const others = list.filter((o) => o.item !== occ.item);
        const named = others
          .slice(0, 3)
          .map((o) => `${o.item.path}:${ctx.at(o.item, [o.field]).line}`)
          .join(', ');
        const more = others.length > 3 ? ` and ${others.length - 3} more` : '';
        const what = LABEL[occ.field] ?? occ.field;
        problems.push(
          ctx.problem(id, occ.item, ctx.at(occ.item, [occ.field]), `same ${what} as ${named}${more} (${occ.value})`,
            'keep one entry per project: delete or merge the duplicate, or fix the wrong link'),
        );
      }
    }
    return problems;
  },
};
