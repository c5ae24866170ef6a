/**
 * Rule `duplicate-entry`: one project, one entry. Two files (entries or resources, anywhere in
 * the list) that share a URL, a repository or a PyPI name are reported, each naming the other.
 * URLs are compared normalized (http/https, `www.`, trailing slash, tracking parameters, case on
 * code hosts) and PyPI names PEP 503-normalized (`Flask_SQLAlchemy` = `flask-sqlalchemy`).
 *
 * Passes: two entries with different homepages, repositories and PyPI names
 * Fails:  web/flask.md and micro/flask-copy.md both with `repo: https://github.com/pallets/flask`
 *         → `content/entries/micro/flask-copy.md:4:7  duplicate-entry  same repository as content/entries/web/flask.md:4`
 *           and the mirror problem in web/flask.md
 */
import { str, type Rule } from '../context.ts';
import type { ContentFile } from '../model.ts';
import type { Problem } from '../problem.ts';
import { normalizePypiName, normalizeUrl } from '../urls.ts';

export const id = 'duplicate-entry';

interface Occurrence {
  file: ContentFile;
  field: string;
  value: string;
}

const LABEL: Record<string, string> = { url: 'URL', repo: 'repository', pypi: 'PyPI name' };

/** The identity keys of one file: its normalized homepage and repository URLs and PyPI name. */
export function identityKeys(file: ContentFile): Array<{ key: string; field: string; value: string }> {
  const out: Array<{ key: string; field: string; value: string }> = [];
  const seen = new Set<string>();
  const add = (key: string | null, field: string, value: string) => {
    if (key && !seen.has(key)) {
      seen.add(key);
      out.push({ key, field, value });
    }
  };
  for (const field of file.kind === 'entry' ? ['url', 'repo'] : ['url']) {
    const v = str(file, field);
    const normalized = v === undefined ? null : normalizeUrl(v);
    if (v !== undefined && normalized) add(`url:${normalized}`, field, v);
  }
  const pypi = file.kind === 'entry' ? str(file, 'pypi') : undefined;
  if (pypi !== undefined) add(`pypi:${normalizePypiName(pypi)}`, 'pypi', pypi);
  return out;
}

export const rule: Rule = {
  id,
  check(ctx) {
    const byKey = new Map<string, Occurrence[]>();
    for (const file of [...ctx.entries, ...ctx.resources]) {
      for (const { key, field, value } of identityKeys(file)) {
        const list = byKey.get(key);
        if (list) list.push({ file, field, value });
        else byKey.set(key, [{ file, field, value }]);
      }
    }
    const problems: Problem[] = [];
    for (const list of byKey.values()) {
      if (list.length < 2) continue;
      for (const occ of list) {
        if (!ctx.isSelected(occ.file)) continue;
        const others = list.filter((o) => o.file !== occ.file);
        const named = others
          .slice(0, 3)
          .map((o) => `${o.file.path}:${ctx.at(o.file, [o.field]).line}`)
          .join(', ');
        const more = others.length > 3 ? ` and ${others.length - 3} more` : '';
        const what = LABEL[occ.field] ?? occ.field;
        problems.push(
          ctx.problem(id, occ.file, ctx.at(occ.file, [occ.field]), `same ${what} as ${named}${more} (${occ.value})`,
            'keep one entry per project: delete or merge the duplicate, or fix the wrong link'),
        );
      }
    }
    return problems;
  },
};
