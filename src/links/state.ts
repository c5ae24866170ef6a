/**
 * How one link weighs on a run, decided from its verdict and its store history: only `failing`
 * makes the exit code 1; a link dead for fewer than `failAfter` runs is `suspect`. Pure, and
 * apart from run.ts so the run history (history.ts) can name the states without a cycle
 * (history → run → store → history).
 */
import type { Verdict } from '../schemas/link-status.ts';

/** How a link weighs on the run: only `failing` makes the exit code 1. */
export type LinkState = 'ok' | 'failing' | 'suspect' | 'warning';

/** The state of a link given its verdict and history (pure; table-tested). */
export function linkState(verdict: Verdict, failures: number, failAfter: number, strict = false): LinkState {
  if (verdict === 'ok') return 'ok';
  if (verdict === 'dead') return failures >= failAfter ? 'failing' : 'suspect';
  return strict ? 'failing' : 'warning';
}
