/**
 * Link verdicts and the link results store (`content/data/links.json`), written only by
 * `npm run links` (src/links/store.ts) and read by the site for "last checked" and for link
 * health over time (`runs`).
 */
import { z } from 'zod';

/** The closed set of outcomes of checking one URL. */
export const verdict = z.enum(['ok', 'redirected', 'dead', 'unknown']);

export const linkRecordSchema = z.object({
  verdict,
  status: z.number().int().optional(),
  finalUrl: z.string().optional(),
  /** Short reason for dead/unknown (e.g. "404", "timeout", "ENOTFOUND"). */
  reason: z.string().optional(),
  checkedAt: z.iso.datetime({ offset: true }),
  /** Last time the URL was ok (or redirected). */
  lastOk: z.iso.datetime({ offset: true }).optional(),
  /** Consecutive runs in which the URL was dead. */
  failures: z.number().int().nonnegative(),
  archived: z.boolean().optional(),
});

const count = z.number().int().nonnegative();

/**
 * One completed full run in a line: how many distinct URLs it reported on and how many of them
 * got each verdict (the four verdict counts add up to `checked`). `suspect`/`failing` split the
 * dead ones by the run's threshold; optional so hand-made or older summaries still load.
 */
export const linkRunSchema = z.object({
  /** When the run completed. */
  at: z.iso.datetime({ offset: true }),
  checked: count,
  ok: count,
  redirected: count,
  dead: count,
  unknown: count,
  suspect: count.optional(),
  failing: count.optional(),
});

/** How many run summaries the store keeps (the writer trims; reading never rejects more). */
export const MAX_RUNS = 120;

export const linkStoreSchema = z.object({
  version: z.literal(1),
  links: z.record(z.string(), linkRecordSchema),
  /**
   * Oldest first, one per completed full run (not `--changed`, not `--no-store`); absent in
   * stores written before history was kept.
   */
  runs: z.array(linkRunSchema).optional(),
});

export type Verdict = z.infer<typeof verdict>;
export type LinkRecord = z.infer<typeof linkRecordSchema>;
export type LinkRun = z.infer<typeof linkRunSchema>;
export type LinkStore = z.infer<typeof linkStoreSchema>;
