/**
 * The link results store (`content/data/links.json` by default), written ONLY by `npm run links`
 * (read and written through src/files/json-store.ts).
 * Per URL (normalized, fragment included) it keeps the last verdict, the last time it was ok and
 * the number of consecutive runs it was dead, so one bad night does not fail a run. Every write
 * is atomic (temp file in the same folder + rename) and results are flushed as they arrive, so a
 * run killed half-way leaves a valid store that the next run resumes from. After a completed full
 * run it also keeps one summary line per run (`runs`, the newest 120) for link health over time.
 */
import { loadJsonStore, StoreError, writeJsonStore, type StoreSpec } from '../files/json-store.ts';
import { linkStoreSchema, type LinkRecord, type LinkRun, type LinkStore, type Verdict } from '../schemas/link-status.ts';
import { isFresh } from '../time/clock.ts';
import { appendRun } from './history.ts';

/**
 * The link store file: version 1 is the first (there is nothing older to migrate); a newer one is
 * refused. Links sorted by URL, then run summaries one per line, so a nightly commit of the
 * store shows one added line per run.
 */
export const linkStoreSpec: StoreSpec<LinkStore> = {
  what: 'link store',
  schema: linkStoreSchema,
  empty: () => ({ version: 1, links: {} }),
  serialize(store) {
    const links = Object.fromEntries(Object.entries(store.links).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    const head = JSON.stringify({ version: 1, links }, null, 1);
    if (store.runs === undefined) return `${head}\n`;
    const runs = store.runs.length === 0 ? '[]' : `[\n${store.runs.map((r) => `  ${JSON.stringify(r)}`).join(',\n')}\n ]`;
    return `${head.slice(0, -2)},\n "runs": ${runs}\n}\n`;
  },
  version: { current: 1 },
  resetOption: '--reset-store',
};

/** Reads the link store (missing = empty); a corrupt or newer one throws StoreError, never replaced. */
export function loadLinkStore(path: string): LinkStore {
  return loadJsonStore(path, linkStoreSpec);
}

export interface CheckOutcome {
  verdict: Verdict;
  status?: number | undefined;
  finalUrl?: string | undefined;
  reason?: string | undefined;
  archived?: boolean | undefined;
}

/**
 * The store's memory of a URL after one more check. Dead counts up; ok/redirected reset it;
 * `unknown` leaves it alone (a timeout says nothing either way).
 */
export function nextRecord(prev: LinkRecord | undefined, outcome: CheckOutcome, checkedAt: string): LinkRecord {
  const working = outcome.verdict === 'ok' || outcome.verdict === 'redirected';
  const failures = outcome.verdict === 'dead' ? (prev?.failures ?? 0) + 1 : working ? 0 : (prev?.failures ?? 0);
  const record: LinkRecord = { verdict: outcome.verdict, checkedAt, failures };
  if (outcome.status !== undefined) record.status = outcome.status;
  if (outcome.finalUrl !== undefined) record.finalUrl = outcome.finalUrl;
  if (outcome.reason !== undefined) record.reason = outcome.reason;
  if (outcome.archived) record.archived = true;
  const lastOk = working ? checkedAt : prev?.lastOk;
  if (lastOk !== undefined) record.lastOk = lastOk;
  return record;
}

/** Whether a stored result may stand in for a check under `--max-age`: only working links, checked recently. */
export function workedRecently(record: LinkRecord | undefined, maxAgeMs: number, now: Date): boolean {
  return !!record && (record.verdict === 'ok' || record.verdict === 'redirected') && isFresh(record.checkedAt, maxAgeMs, now);
}

/**
 * Holds the store in memory and flushes it to disk at most every `intervalMs` while results
 * arrive, and once more on `close()`.
 */
export class StoreWriter {
  readonly store: LinkStore;
  private readonly path: string;
  private readonly intervalMs: number;
  private timer: NodeJS.Timeout | undefined;
  private dirty = false;
  /** A timed flush that failed: kept for close(), since a throw inside a timer kills the process. */
  private writeError: Error | undefined;

  constructor(path: string, store: LinkStore, intervalMs = 500) {
    this.path = path;
    this.store = store;
    this.intervalMs = intervalMs;
  }

  set(key: string, record: LinkRecord): void {
    this.store.links[key] = record;
    this.dirty = true;
    if (this.writeError) return; // the disk said no once; close() reports it
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      try {
        this.flush();
      } catch (e) {
        this.writeError = e as Error;
      }
    }, this.intervalMs);
  }

  /** Forgets URLs no longer in the list (after a full run). */
  prune(keep: ReadonlySet<string>): void {
    for (const key of Object.keys(this.store.links)) {
      if (!keep.has(key)) {
        delete this.store.links[key];
        this.dirty = true;
      }
    }
  }

  /** Appends a completed full run's summary (trimmed to the newest 120); written on close. */
  recordRun(run: LinkRun): void {
    this.store.runs = appendRun(this.store.runs, run);
    this.dirty = true;
  }

  /** Writes the store now if anything changed; throws (naming the store) when it cannot. */
  flush(): void {
    if (!this.dirty) return;
    this.dirty = false;
    try {
      writeJsonStore(this.path, linkStoreSpec, this.store);
    } catch (e) {
      this.dirty = true;
      const why = e instanceof StoreError && e.cause instanceof Error ? e.cause.message : (e as Error).message;
      throw new Error(`cannot write the link store ${this.path} (${why})`, { cause: e });
    }
  }

  /** Stops the timer and writes what is left; throws if this or an earlier timed write failed. */
  close(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.flush();
    if (this.writeError) throw this.writeError;
  }
}
