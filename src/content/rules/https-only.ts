/**
 * Rule `https-only`: every link we publish uses https, in YAML fields and in note bodies alike.
 * Readers should never be sent over plain http, and nearly every project serves https today.
 *
 * Passes: `url: https://www.djangoproject.com/`
 * Fails:  `url: http://www.djangoproject.com/`   → `path:3:6  https-only  url uses http://`
 *         `[docs](http://example.org/)` in a note → `path:15:1  https-only  link uses http://`
 */
import type { Rule } from '../context.ts';
import { bodyLinks, fieldUrls } from '../links.ts';
import type { Problem } from '../problem.ts';
import { fieldName } from './schema.ts';

export const id = 'https-only';

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
