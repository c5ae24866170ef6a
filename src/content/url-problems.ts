/**
 * The shape the URL rules (https-only, tracking-params, private-url) share: judge every URL of each
 * selected file — its URL fields at their keys, and its note's links at their positions — with one
 * function, so a fix to how URLs are found reaches every rule at once.
 */
import type { RuleContext } from './context.ts';
import { bodyLinks, fieldUrls, linksNeedParse } from './links.ts';
import type { Problem, Severity } from './problem.ts';
import { fieldName } from './rules/schema.ts';

/** What is wrong with one URL (`uses http://`) and how to fix it. */
export interface UrlFault {
  what: string;
  hint: string;
}

export interface UrlRule {
  id: string;
  /** The fault of a URL, or null when it is fine. */
  judge(url: string): UrlFault | null;
  severity?: Severity;
  /** Whether a field problem repeats the URL (a link's problem always shows it). Default true. */
  fieldShowsUrl?: boolean;
  /** A cheap test on the raw body that can skip the Markdown parse when no link could be at fault. */
  bodyMayHaveFault?(body: string): boolean;
}

/** Problems for every faulty URL in the selected files: `url uses http://: …`, `link uses http://: …`. */
export function urlProblems(ctx: RuleContext, rule: UrlRule): Problem[] {
  const problems: Problem[] = [];
  const mayHave = rule.bodyMayHaveFault ?? ((body: string) => linksNeedParse(body, (url) => rule.judge(url) !== null));
  for (const file of ctx.files) {
    if (!ctx.isSelected(file)) continue;
    for (const { path, url } of fieldUrls(file)) {
      const fault = rule.judge(url);
      if (fault) {
        const message = `${fieldName(path)} ${fault.what}${rule.fieldShowsUrl === false ? '' : `: ${url}`}`;
        problems.push(ctx.problem(rule.id, file, ctx.at(file, path), message, fault.hint, rule.severity));
      }
    }
    if (!mayHave(file.body)) continue;
    for (const link of bodyLinks(ctx, file)) {
      const fault = rule.judge(link.url);
      if (fault) problems.push(ctx.problem(rule.id, file, link.position, `link ${fault.what}: ${link.url}`, fault.hint, rule.severity));
    }
  }
  return problems;
}
