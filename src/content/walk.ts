/**
 * The one folder walker of the project: the validator, the link checker, the activity fetcher,
 * `new`, `readme`, `import` and the site all list files through it, so they see the same files.
 * It never follows a symbolic link: a link anywhere below the folder is reported instead (a
 * linked entry would otherwise be skipped by one reader and published by another, and a folder
 * linking to its parent would loop forever). Hidden names (`.git`, `.gitkeep`, `.drafts/`) and
 * `node_modules` are skipped, as the site's build always did. Iterative, so depth costs no stack.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface Walked {
  /** Absolute paths of the regular files found, sorted. */
  files: string[];
  /** Absolute paths of the symbolic links found (not followed), sorted. */
  links: string[];
}

const skipped = (name: string) => name.startsWith('.') || name === 'node_modules';

/**
 * Lists the regular files below `start` (or `start` itself when it is a file). `start` may itself
 * be a link (a content folder kept elsewhere): it is the only one followed. Throws for a path
 * that does not exist.
 */
export function walkFiles(start: string): Walked {
  const st = statSync(start);
  if (!st.isDirectory()) return { files: [start], links: [] };
  const files: string[] = [];
  const links: string[] = [];
  const stack = [start];
  while (stack.length > 0) {
    const dir = stack.pop()!;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (skipped(entry.name)) continue;
      const path = join(dir, entry.name);
      if (entry.isSymbolicLink()) links.push(path);
      else if (entry.isDirectory()) stack.push(path);
      else if (entry.isFile()) files.push(path);
    }
  }
  return { files: files.sort(), links: links.sort() };
}
