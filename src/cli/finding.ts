/**
 * The one shape of everything a command finds in a file: a validator problem, an activity change,
 * a link the importer could not read, a README out of date. Every formatter (format.ts), the
 * editor integration and the tests agree on `path:line:col  rule  message` plus a fix hint. The
 * field names are those of `npm run validate -- --format json` (version 1), which tools read.
 */

/** Errors fail a run (exit 1); warnings are printed but keep the exit code; info is a note. */
export type Severity = 'error' | 'warning' | 'info';

/** A place in a file, 1-based. */
export interface Position {
  line: number;
  col: number;
}

export interface Finding extends Position {
  /** File path as shown to the user (relative to the working directory when inside it). */
  path: string;
  /** Rule id: a validator rule (its file name under src/content/rules/) or `<command>/<what>`. */
  rule: string;
  severity: Severity;
  /** What is wrong, in one line. */
  message: string;
  /** How to fix it, in one line. */
  hint?: string | undefined;
}

/** Orders findings by file, then line, then column, then rule, so output is stable and easy to scan. */
export function compareFindings(a: Finding, b: Finding): number {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  return a.line - b.line || a.col - b.col || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

/** How many findings are errors and warnings. */
export function countFindings(findings: readonly Finding[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
  }
  return { errors, warnings };
}
