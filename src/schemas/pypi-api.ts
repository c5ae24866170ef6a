/**
 * The shapes of PyPI's answers that we read, as zod schemas: the JSON API
 * (`/pypi/<name>/json`, read by the activity fetcher and `npm run new`) and a pypistats-style
 * `/api/packages/<name>/recent`. Only the fields we use are listed; PyPI sends more.
 */
import { z } from 'zod';

/** One uploaded file of a release. */
export const pypiFileSchema = z.object({
  upload_time_iso_8601: z.string().nullable().optional(),
  upload_time: z.string().nullable().optional(),
  yanked: z.boolean().optional(),
});

/** `GET /pypi/<name>/json`. */
export const pypiProjectSchema = z.object({
  info: z.object({
    /** The project's own spelling of its name. */
    name: z.string().optional(),
    version: z.string(),
    summary: z.string().nullable().optional(),
    home_page: z.string().nullable().optional(),
    project_urls: z.record(z.string(), z.string()).nullable().optional(),
    keywords: z.string().nullable().optional(),
    requires_python: z.string().nullable().optional(),
    classifiers: z.array(z.string()).nullable().optional(),
    yanked: z.boolean().optional(),
  }),
  /** Deprecated by PyPI, still served: files per version. */
  releases: z.record(z.string(), z.array(pypiFileSchema)).optional(),
  /** Files of `info.version`. */
  urls: z.array(pypiFileSchema).optional(),
});
export type PypiProject = z.infer<typeof pypiProjectSchema>;
export type PypiProjectInfo = PypiProject['info'];

/** pypistats-style `GET /api/packages/<name>/recent`. */
export const pypiRecentDownloadsSchema = z.object({ data: z.object({ last_month: z.number().int().nonnegative() }) });
