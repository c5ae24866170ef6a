/**
 * Rule `frontmatter-missing`: every entry and resource is a Markdown file that starts with a YAML
 * frontmatter block between two `---` lines. Without it there is nothing to validate or show.
 *
 * Passes: `---\nname: pytest\n…\n---\nOptional note.`
 * Fails:  `name: pytest\n…`            → `path:1:1  frontmatter-missing  no frontmatter…`
 *         `---\nname: pytest\n`        → `path:1:1  frontmatter-missing  …never closed…`
 *         `---\n---\n`                 → `path:1:1  frontmatter-missing  frontmatter is empty`
 */
import type { Problem } from '../problem.ts';

export const id = 'frontmatter-missing';

/** Explains why `splitFrontmatter` found nothing (or nothing useful) in a Markdown file. */
export function frontmatterProblem(path: string, text: string, yaml: string | null): Problem | null {
  const base = { path, line: 1, col: 1, rule: id, severity: 'error' as const };
  if (yaml === null) {
    const opened = /^\uFEFF?---[ \t]*\r?\n/.test(text);
    return opened
      ? { ...base, message: 'the frontmatter opened on line 1 is never closed', hint: 'add a line with only `---` after the last YAML field' }
      : { ...base, message: 'no frontmatter: the file must start with a `---` line', hint: 'start the file with `---`, the YAML fields, then `---` (copy an existing entry)' };
  }
  const meaningful = yaml.split('\n').some((l) => l.trim() !== '' && !l.trimStart().startsWith('#'));
  if (!meaningful) {
    return { ...base, message: 'frontmatter is empty', hint: 'fill in the fields between the `---` lines (copy an existing entry)' };
  }
  return null;
}
