/**
 * Link health over time: after each completed full run, `npm run links` appends one summary
 * (counts per verdict) to the store's `runs`, so the site can draw how the list's links fare run
 * after run while the per-URL records keep only the latest check. Pure: the store writer
 * (src/links/store.ts) is the only one that puts the result on disk.
 */
import { MAX_RUNS, type LinkRun, type Verdict } from '../schemas/link-status.ts';
import type { LinkState } from './state.ts';

/** What a summary needs of one reported link (a `LinkItem` fits). */
export interface RunItem {
  /** Normalized URL: spellings of one URL count once. */
  key: string;
  verdict: Verdict;
  state: LinkState;
}

/**
 * Counts one run's verdicts per distinct URL (several spellings of a URL are one link, as in
 * the store), with the dead ones split into `suspect` and `failing` as the run judged them.
 */
export function runSummary(items: readonly RunItem[], at: string): LinkRun {
  const byKey = new Map<string, RunItem>();
  for (const item of items) {
    const seen = byKey.get(item.key);
    // The same URL may weigh differently per source (PR mode); the worse state wins.
    if (!seen || (item.state === 'failing' && seen.state !== 'failing')) byKey.set(item.key, item);
  }
  const run: LinkRun = { at, checked: byKey.size, ok: 0, redirected: 0, dead: 0, unknown: 0, suspect: 0, failing: 0 };
  for (const item of byKey.values()) {
    run[item.verdict]++;
    if (item.verdict === 'dead') {
      if (item.state === 'failing') run.failing = (run.failing ?? 0) + 1;
      else run.suspect = (run.suspect ?? 0) + 1;
    }
  }
  return run;
}

/**
 * The history after one more run: appended last (the store keeps runs oldest first) and trimmed
 * to the newest `max`, so a nightly job never grows the file without bound. Does not mutate.
 */
export function appendRun(runs: readonly LinkRun[] | undefined, run: LinkRun, max = MAX_RUNS): LinkRun[] {
  const next = [...(runs ?? []), run];
  return max > 0 ? next.slice(-max) : [];
}
