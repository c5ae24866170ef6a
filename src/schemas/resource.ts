/**
 * Learning resources (`content/resources/<kind>/<slug>.md`): newsletters, podcasts, books,
 * courses, websites, videos and communities. Their own schema because they have no repo or PyPI.
 */
import { z } from 'zod';
import { description, isoDate, kebabId, lineText, webUrl } from './common.ts';

export const resourceKind = z.enum(['newsletter', 'podcast', 'book', 'course', 'website', 'video', 'community']);

export const resourceSchema = z
  .object({
    name: lineText.max(80),
    url: webUrl,
    /** Must match the folder the resource lives in. */
    kind: resourceKind,
    /** Author, host or publisher. */
    author: lineText.optional(),
    description,
    tags: z.array(kebabId).min(1, 'needs at least one tag'),
    /** Whether it can be read, watched or heard without paying. */
    free: z.boolean(),
    added: isoDate,
  })
  .strict();

export type Resource = z.infer<typeof resourceSchema>;
export type ResourceKind = z.infer<typeof resourceKind>;
