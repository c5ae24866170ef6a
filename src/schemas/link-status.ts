/**
 * Link verdicts and the link results store (`content/data/links.json`), written only by
 * `npm run links` (src/links/store.ts) and read by the site for "last checked".
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

export const linkStoreSchema = z.object({
  version: z.literal(1),
  links: z.record(z.string(), linkRecordSchema),
});

export type Verdict = z.infer<typeof verdict>;
export type LinkRecord = z.infer<typeof linkRecordSchema>;
export type LinkStore = z.infer<typeof linkStoreSchema>;
