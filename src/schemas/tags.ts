/** The tag vocabulary (`content/tags.yaml`): a map from tag id to a short explanation. */
import { z } from 'zod';
import { kebabId, lineText } from './common.ts';

export const tagsFileSchema = z.record(kebabId, lineText);
export type TagsFile = z.infer<typeof tagsFileSchema>;
