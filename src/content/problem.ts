/**
 * The one shape every validator finding takes, so that the text, GitHub and JSON reporters, the
 * tests and the editor all agree on `path:line:col  rule-id  message` plus a fix hint.
 */

/** Errors fail the run (exit 1); warnings are printed but keep the exit code at 0. */
export type Severity = 'error' | 'warning';

export interface Problem {
  /** File path as shown to the user (relative to the working directory when inside it). */
  path: string;
  /** 1-based line in the file. */
  line: number;
  /** 1-based column in the file. */
  col: number;
  /** Rule id, the file name of the rule under src/content/rules/. */
  rule: string;
  severity: Severity;
  /** What is wrong, in one line. */
  message: string;
  /** How to fix it, in one line. */
  hint: string;
}

export interface Position {
  line: number;
  col: number;
}

/** Orders problems by file, then line, then column, so output is stable and easy to scan. */
export function compareProblems(a: Problem, b: Problem): number {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  return a.line - b.line || a.col - b.col || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}
