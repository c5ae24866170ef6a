/**
 * A validator problem is the project's one `Finding` (src/cli/finding.ts): `path:line:col
 * rule-id message` plus a fix hint, so the validator, the other commands, the editor and the
 * tests agree on one shape. Rules always give a hint.
 */
import type { Finding } from '../cli/finding.ts';

export type { Position, Severity } from '../cli/finding.ts';
export { compareFindings as compareProblems } from '../cli/finding.ts';

/** A finding of a validator rule (rule = the rule's file name under src/content/rules/). */
export type Problem = Finding & { hint: string };
