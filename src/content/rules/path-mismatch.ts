/**
 * Rule `path-mismatch`: a file's place in the tree is part of its identity. Entries live at
 * `content/entries/<category>/<slug>.md` with the folder equal to their `category`, resources at
 * `content/resources/<kind>/<slug>.md`, categories at `content/categories/<id>.yaml`; slugs and ids
 * are lowercase kebab-case because they become URLs.
 *
 * Examples: `examples` below, what the rule prints for a passing and a failing case; they
 * are run as its tests, so they cannot drift from the code.
 */
import { str, type Rule } from '../context.ts';
import type { ContentFile } from '../model.ts';
import type { Problem } from '../problem.ts';
import type { RuleExamples } from '../rule-examples.ts';

export const id = 'path-mismatch';

/** Passing and failing examples: this rule's documentation and its tests (rules/examples.test.ts). */
export const examples: RuleExamples = {
  passes: [
    {
      title: 'category equal to the folder',
      files: {},
      reports: [],
    },
  ],
  fails: [
    {
      title: 'category of another folder',
      files: { 'entries/testing/one.md': { fields: { category: 'web-frameworks' } } },
      reports: [
        'content/entries/testing/one.md:6:11  path-mismatch  category "web-frameworks" does not match folder "testing"',
      ],
    },
    {
      title: 'a file name that is not kebab-case',
      files: { 'entries/testing/One.md': { fields: { name: 'Test One Again', url: 'https://one-again.example.org/', repo: null, pypi: null } } },
      reports: [
        'content/entries/testing/One.md:1:1  path-mismatch  file name "One" is not lowercase kebab-case',
      ],
    },
  ],
};

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function kebabSuggestion(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function checkSlug(file: ContentFile, name: string, top: string): Omit<Problem, 'path' | 'rule' | 'severity'> | null {
  if (KEBAB.test(name)) return null;
  return {
    line: 1,
    col: 1,
    message: `file name "${name}" is not lowercase kebab-case`,
    hint: `rename it to ${top}/${kebabSuggestion(name) || 'a-kebab-name'}${file.kind === 'category' ? '.yaml' : '.md'}`,
  };
}

export const rule: Rule = {
  id,
  check(ctx) {
    const problems: Problem[] = [];
    const push = (file: ContentFile, p: Omit<Problem, 'path' | 'rule' | 'severity'> | null) => {
      if (p) problems.push(ctx.problem(id, file, { line: p.line, col: p.col }, p.message, p.hint));
    };
    for (const file of ctx.files) {
      if (!ctx.isSelected(file)) continue;
      const parts = file.rel.split('/');
      if (file.kind === 'category') {
        const name = parts[1]!;
        if (name.endsWith('.yml')) {
          push(file, { line: 1, col: 1, message: 'category files end in .yaml, not .yml (the site ignores .yml)', hint: `rename it to categories/${name.replace(/\.yml$/, '.yaml')}` });
        }
        push(file, checkSlug(file, name.replace(/\.ya?ml$/, ''), 'content/categories'));
        continue;
      }
      if (file.kind !== 'entry' && file.kind !== 'resource') continue;
      const top = parts[0]!;
      const what = file.kind === 'entry' ? 'category' : 'kind';
      if (parts.length !== 3) {
        push(file, {
          line: 1,
          col: 1,
          message: `${file.kind === 'entry' ? 'entries' : 'resources'} live exactly one folder deep: content/${top}/<${what}>/<slug>.md`,
          hint: `move the file to content/${top}/<${what}>/${parts[parts.length - 1]}`,
        });
        continue;
      }
      const folder = parts[1]!;
      const slug = parts[2]!.replace(/\.md$/, '');
      push(file, checkSlug(file, slug, `content/${top}/${folder}`));
      if (file.kind === 'entry') {
        const category = str(file, 'category');
        if (category !== undefined && category !== folder) {
          push(file, {
            ...ctx.at(file, ['category']),
            message: `category "${category}" does not match folder "${folder}"`,
            hint: `move the file to content/entries/${category}/${slug}.md or set \`category: ${folder}\``,
          });
        }
      }
    }
    return problems;
  },
};
