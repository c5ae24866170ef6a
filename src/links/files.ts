/**
 * Which files a run reads: the given files and folders (Markdown and YAML, listed by the
 * project's one walker, src/content/walk.ts: hidden folders and node_modules skipped, symbolic
 * links reported and not followed), optionally narrowed to those changed since a git ref
 * (`--changed`, the pull-request mode: committed, staged, unstaged and untracked changes).
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Finding } from '../cli/finding.ts';
import { listFiles } from '../content/load.ts';
import { formatOf } from '../content/model.ts';

/**
 * Expands files and folders into a sorted list of checkable files, and a bad-file problem for
 * every symbolic link met; throws for a path that does not exist.
 */
export function collectFiles(paths: readonly string[], display: (abs: string) => string = (abs) => abs): { files: string[]; problems: Finding[] } {
  const out = new Set<string>();
  const problems: Finding[] = [];
  for (const p of paths) {
    if (!statSync(p, { throwIfNoEntry: false })) throw new Error(`${p}: no such file or folder`);
    const listed = listFiles(p, display);
    problems.push(...listed.problems);
    for (const f of listed.files) if (f === p || formatOf(f)) out.add(f);
  }
  return { files: [...out].sort(), problems };
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
