/**
 * The shape duplicate-description and duplicate-pick share: group files by a folded form of one
 * text field and report every member of a group at that field, naming (up to three of) the others,
 * so two entries written alike are both shown where they are.
 */
import { str, type RuleContext } from './context.ts';
import type { ContentFile } from './model.ts';
import type { Problem } from './problem.ts';

export interface SameTextRule {
  id: string;
  /** The field compared: `description`, `pick`. */
  field: string;
  /** What the message calls it: "description", "pick line". */
  label: string;
  /** The files compared (entries, or entries and resources). */
  files: readonly ContentFile[];
  /** The folded text two files must share to clash, or null to leave the file out. */
  key(text: string): string | null;
  hint: string;
}

/** One problem per file whose folded `field` another file shares: `same <label> as path:line, …`. */
export function sameTextProblems(ctx: RuleContext, rule: SameTextRule): Problem[] {
  const byKey = new Map<string, ContentFile[]>();
  for (const file of rule.files) {
    const text = str(file, rule.field);
    const key = text === undefined ? null : rule.key(text);
    if (!key) continue;
    const list = byKey.get(key);
    if (list) list.push(file);
    else byKey.set(key, [file]);
  }
  const problems: Problem[] = [];
  for (const list of byKey.values()) {
    if (list.length < 2) continue;
    for (const file of list) {
      if (!ctx.isSelected(file)) continue;
      const others = list.filter((f) => f !== file).slice(0, 3).map((f) => `${f.path}:${ctx.at(f, [rule.field]).line}`);
      problems.push(ctx.problem(rule.id, file, ctx.at(file, [rule.field]), `same ${rule.label} as ${others.join(', ')}`, rule.hint));
    }
  }
  return problems;
}
