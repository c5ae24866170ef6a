/**
 * The validator core: runs every rule over loaded content and returns all problems, sorted.
 * Pure over its input (load.ts did the reading), so tests can feed it files built in memory.
 */
import { createContext, type Rule } from './context.ts';
import type { LoadedContent } from './load.ts';
import { compareProblems, type Problem } from './problem.ts';
import { rule as brokenInternalLink } from './rules/broken-internal-link.ts';
import { rule as descriptionStyle } from './rules/description-style.ts';
import { rule as duplicateDescription } from './rules/duplicate-description.ts';
import { rule as duplicatePick } from './rules/duplicate-pick.ts';
import { rule as duplicateEntry } from './rules/duplicate-entry.ts';
import { rule as duplicateId } from './rules/duplicate-id.ts';
import { rule as httpsOnly } from './rules/https-only.ts';
import { rule as missingPick } from './rules/missing-pick.ts';
import { rule as pickStyle } from './rules/pick-style.ts';
import { rule as placeholderText } from './rules/placeholder-text.ts';
import { rule as privateUrl } from './rules/private-url.ts';
import { rule as pathMismatch } from './rules/path-mismatch.ts';
import { rule as rawHtml } from './rules/raw-html.ts';
import { rule as redirectTarget } from './rules/redirect-target.ts';
import { rule as resourceKind } from './rules/resource-kind.ts';
import { rule as reviewAge } from './rules/review-age.ts';
import { rule as schema } from './rules/schema.ts';
import { rule as smallCategory } from './rules/small-category.ts';
import { rule as tagCount } from './rules/tag-count.ts';
import { rule as trackingParams } from './rules/tracking-params.ts';
import { rule as unknownCategory } from './rules/unknown-category.ts';
import { rule as unknownGroup } from './rules/unknown-group.ts';
import { rule as unknownSubcategory } from './rules/unknown-subcategory.ts';
import { rule as unknownTag } from './rules/unknown-tag.ts';

/** Every rule run over parsed files (bad-file, stray-file, frontmatter-missing and yaml-syntax run while loading). */
export const rules: readonly Rule[] = [
  schema,
  pathMismatch,
  unknownCategory,
  unknownSubcategory,
  unknownGroup,
  duplicateId,
  unknownTag,
  tagCount,
  resourceKind,
  duplicateEntry,
  duplicateDescription,
  descriptionStyle,
  missingPick,
  pickStyle,
  duplicatePick,
  placeholderText,
  httpsOnly,
  privateUrl,
  trackingParams,
  rawHtml,
  brokenInternalLink,
  reviewAge,
  redirectTarget,
  smallCategory,
];

/** Rule ids in the order they are documented, including the loading rules. */
export const ruleIds: readonly string[] = ['bad-file', 'stray-file', 'frontmatter-missing', 'yaml-syntax', ...rules.map((r) => r.id)];

/**
 * Validates loaded content. `selected` limits which files' problems are reported (by display
 * path); every file still takes part in cross-file checks such as duplicates and links. `now` is
 * the caller's clock reading (rules such as review-age judge dates against it).
 */
export function validateContent(loaded: LoadedContent, selected: ((path: string) => boolean) | null, now: Date): Problem[] {
  const ctx = createContext(loaded.files, selected ? (file) => selected(file.path) : null, now);
  const problems = loaded.problems.filter((p) => !selected || selected(p.path));
  for (const rule of rules) problems.push(...rule.check(ctx));
  return problems.sort(compareProblems);
}
