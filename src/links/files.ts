/**
 * Which files a run reads: the given files and folders (Markdown and YAML, recursively, hidden
 * folders and node_modules skipped), optionally narrowed to those changed since a git ref
 * (`--changed`, the pull-request mode: committed, staged, unstaged and untracked changes).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const CHECKED = /\.(md|markdown|mdx|ya?ml)$/i;

/** Expands files and folders into a sorted list of checkable files; throws for a missing path. */
export function collectFiles(paths: readonly string[]): string[] {
  const out = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const p = join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.isFile() && CHECKED.test(entry.name)) out.add(p);
    }
  };
  for (const p of paths) {
    const st = statSync(p, { throwIfNoEntry: false });
    if (!st) throw new Error(`${p}: no such file or folder`);
    if (st.isDirectory()) walk(p);
    else out.add(p);
  }
  return [...out].sort();
}

/**
 * Files changed since `ref` (resolved against the repository holding `cwd`), as paths relative to
 * `cwd`. Throws with git's message when the ref is unknown.
 */
export function changedFiles(ref: string, cwd: string = process.cwd()): Set<string> {
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const top = git('rev-parse', '--show-toplevel').trim();
  git('rev-parse', '--verify', '--quiet', `${ref}^{commit}`);
  const names = [
    ...git('diff', '--name-only', '--diff-filter=ACMR', '-z', ref).split('\0'),
    ...git('ls-files', '--others', '--exclude-standard', '-z', '--full-name').split('\0'),
  ].filter(Boolean);
  return new Set(names.map((n) => relative(cwd, resolve(top, n))));
}

/**
 * The text of `file` (a path relative to `cwd`) at `ref`, or null when it did not exist there.
 * Used to tell links a pull request adds from links it merely carries along.
 */
export function fileAtRef(ref: string, file: string, cwd: string = process.cwd()): string | null {
  try {
    return execFileSync('git', ['show', `${ref}:./${file}`], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 2 ** 20 });
  } catch {
    return null;
  }
}
