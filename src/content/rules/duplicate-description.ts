/**
 * Rule `duplicate-description`: every description is written for its own entry. Two equal
 * descriptions (ignoring case, spacing and final punctuation) mean a copy-paste slip.
 *
 * Passes: two entries describing different jobs
 * Fails:  a.md and b.md both `description: Fast JSON parser written in Rust.`
 *         → `content/entries/x/b.md:10:14  duplicate-description  same description as content/entries/x/a.md:10` (and the mirror)
 */
import { str, type Rule } from '../context.ts';
import type { ContentFile } from '../model.ts';
import type { Problem } from '../problem.ts';

export const id = 'duplicate-description';

/** Comparison key: case, whitespace and trailing punctuation do not make a description new. */
export function normalizeDescription(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').replace(/[\s.!?;:,]+$/, '').trim();
}

export const rule: Rule = {
  id,
  check(ctx) {
    const byText = new Map<string, ContentFile[]>();
    for (const file of [...ctx.entries, ...ctx.resources]) {
      const d = str(file, 'description');
      if (d === undefined) continue;
      const key = normalizeDescription(d);
      if (key === '') continue;
      const list = byText.get(key);
      if (list) list.push(file);
      else byText.set(key, [file]);
    }
    const problems: Problem[] = [];
    for (const list of byText.values()) {
      if (list.length < 2) continue;
      for (const file of list) {
        if (!ctx.isSelected(file)) continue;
        const others = list.filter((f) => f !== file).slice(0, 3).map((f) => `${f.path}:${ctx.at(f, ['description']).line}`);
        problems.push(
          ctx.problem(id, file, ctx.at(file, ['description']), `same description as ${others.join(', ')}`,
            'write a description for this entry in its own words: what it is for and what sets it apart'),
        );
      }
    }
    return problems;
  },
};
