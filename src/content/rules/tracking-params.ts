/**
 * Rule `tracking-params`: links carry no tracking query parameters (utm_*, fbclid, gclid, ref, …).
 * They leak where readers came from, make duplicates harder to spot, and add nothing.
 *
 * Passes: `url: https://docs.pydantic.dev/`
 * Fails:  `url: https://docs.pydantic.dev/?utm_source=x`  → `path:3:6  tracking-params  url has tracking parameter utm_source`
 */
import type { Rule } from '../context.ts';
import { bodyLinks, fieldUrls, linksNeedParse } from '../links.ts';
import type { Problem } from '../problem.ts';
import { trackingParams } from '../../identity/url.ts';
import { fieldName } from './schema.ts';

export const id = 'tracking-params';

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
