/** The tag vocabulary (`content/tags.yaml`): a map from tag id to a short explanation. */
import { z } from 'zod';
import { kebabId } from './common.ts';

export const tagsFileSchema = z.record(kebabId, z.string().trim().min(1));
export type TagsFile = z.infer<typeof tagsFileSchema>;
