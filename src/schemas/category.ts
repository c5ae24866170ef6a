/**
 * Groups (`content/groups.yaml`) and categories (`content/categories/<id>.yaml`): the taxonomy the
 * list, the site and the README are organised by. A category's id is its file name.
 */
import { z } from 'zod';
import { kebabId, lineText, noControlChars, webUrl } from './common.ts';

export const groupSchema = z
  .object({
    id: kebabId,
    title: lineText,
    /** Sort key among groups (ascending). */
    order: z.number().int(),
  })
  .strict();

export const groupsFileSchema = z.object({ groups: z.array(groupSchema).min(1) }).strict();

export const subcategorySchema = z
  .object({
    id: kebabId,
    title: lineText,
  })
  .strict();

export const seeAlsoSchema = z
  .object({
    title: lineText,
    /** Either a site-relative path to another category (`/category/testing/`) or an https URL. */
    url: z.union([webUrl, z.string().regex(/^\/[a-z0-9/-]*$/, 'must be an https URL or a site path like /category/testing/')]),
  })
  .strict();

export const categorySchema = z
  .object({
    title: lineText,
    /** Group id from content/groups.yaml. */
    group: kebabId,
    /** One paragraph, in our own words, saying what the category covers and how to choose. */
    intro: z.string().trim().min(40, 'should be a paragraph of at least 40 characters').check(noControlChars(true)),
    /** Sort key within the group (ascending). */
    order: z.number().int(),
    subcategories: z.array(subcategorySchema).optional(),
    seeAlso: z.array(seeAlsoSchema).optional(),
  })
  .strict();

export type Group = z.infer<typeof groupSchema>;
export type Category = z.infer<typeof categorySchema>;
export type Subcategory = z.infer<typeof subcategorySchema>;
