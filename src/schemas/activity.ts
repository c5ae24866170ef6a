/**
 * The activity store (`content/data/activity.json`), written only by `npm run activity`
 * (src/activity/store.ts) and read by the site. Keyed by entry id (path under content/entries
 * without `.md`, e.g. `web-frameworks/fastapi`).
 */
import { z } from 'zod';

const isoDateTime = z.iso.datetime({ offset: true });

export const githubActivitySchema = z.object({
  /** owner/name as written in the entry. */
  repo: z.string(),
  /** owner/name GitHub reports now; differs from `repo` after a rename or transfer. */
  currentRepo: z.string().optional(),
  /** Current https URL of the repository. */
  url: z.string().optional(),
  /** Repository not found (deleted or private). */
  missing: z.boolean().optional(),
  stars: z.number().int().nonnegative().optional(),
  forks: z.number().int().nonnegative().optional(),
  openIssues: z.number().int().nonnegative().optional(),
  /** Date of the last commit on the default branch. */
  lastCommit: isoDateTime.nullable().optional(),
  pushedAt: isoDateTime.nullable().optional(),
  archived: z.boolean().optional(),
  disabled: z.boolean().optional(),
  /** SPDX id, when GitHub recognises the licence. */
  license: z.string().nullable().optional(),
  latestRelease: z.object({ tag: z.string(), date: isoDateTime.nullable() }).nullable().optional(),
  topics: z.array(z.string()).optional(),
  /** When this block was last fetched successfully. */
  fetchedAt: isoDateTime,
  /** Why the last attempt failed, when it did (the values above are then from fetchedAt). */
  error: z.string().optional(),
});

export const pypiActivitySchema = z.object({
  name: z.string(),
  missing: z.boolean().optional(),
  version: z.string().optional(),
  /** Upload time of the latest release. */
  released: isoDateTime.nullable().optional(),
  requiresPython: z.string().nullable().optional(),
  /** Python versions from the trove classifiers, e.g. ["3.10", "3.11"]. */
  pythonVersions: z.array(z.string()).optional(),
  /** Development Status classifier, e.g. "5 - Production/Stable". */
  developmentStatus: z.string().nullable().optional(),
  yanked: z.boolean().optional(),
  monthlyDownloads: z.number().int().nonnegative().nullable().optional(),
  fetchedAt: isoDateTime,
  error: z.string().optional(),
});

/** One month's figures, kept so the site can draw trends. */
export const historyPointSchema = z.object({
  month: z.string().regex(/^\d{4}-\d{2}$/),
  stars: z.number().int().nonnegative().optional(),
  downloads: z.number().int().nonnegative().optional(),
});

export const entryActivitySchema = z.object({
  github: githubActivitySchema.optional(),
  pypi: pypiActivitySchema.optional(),
  history: z.array(historyPointSchema).optional(),
  /** Repository hosted elsewhere (GitLab, Codeberg) and not fetched. */
  note: z.string().optional(),
});

export const activityStoreSchema = z.object({
  fetchedAt: isoDateTime.nullable(),
  entries: z.record(z.string(), entryActivitySchema),
});

export type GithubActivity = z.infer<typeof githubActivitySchema>;
export type PypiActivity = z.infer<typeof pypiActivitySchema>;
export type EntryActivity = z.infer<typeof entryActivitySchema>;
export type ActivityStore = z.infer<typeof activityStoreSchema>;
