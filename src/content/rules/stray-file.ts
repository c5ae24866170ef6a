/**
 * Rule `stray-file`: a file under content/entries/, content/resources/ or content/categories/
 * that the site would silently skip (`fastapi.markdown`, `notes.txt`, `FastAPI.MD`) is reported,
 * because its author surely meant it to be part of the list. Hidden files (`.gitkeep`) are fine.
 *
 * Passes: content/entries/web-frameworks/fastapi.md
 * Fails:  content/entries/web-frameworks/fastapi.markdown
 *         → `path:1:1  stray-file  the site only reads .md files here; this file is ignored`
 */
import type { Problem } from '../problem.ts';

export const id = 'stray-file';

/** The problem for a root-relative path the loader does not read, or null when it is not stray. */
export function strayFileProblem(rel: string, path: string): Problem | null {
  const name = rel.slice(rel.lastIndexOf('/') + 1);
  if (name.startsWith('.')) return null;
  const top = rel.slice(0, rel.indexOf('/'));
  const expected = top === 'categories' ? '.yaml' : top === 'entries' || top === 'resources' ? '.md' : null;
  if (!expected) return null;
  const base = name.replace(/\.[^.]*$/, '');
  return {
    path,
    line: 1,
    col: 1,
    rule: id,
    severity: 'error',
    message: `the site only reads ${expected} files in content/${top}/; this file is ignored`,
    hint: `rename it to ${base}${expected} if it belongs to the list, or move it out of content/`,
  };
}
