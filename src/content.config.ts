/**
 * Astro collections, wired to the same zod schemas the scripts use. The content root is
 * `./content` unless `ATLAS_CONTENT_DIR` points elsewhere (the site benchmark does).
 */
import { defineCollection } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { parse } from 'yaml';
import { z } from 'zod';
import { entrySchema } from './schemas/entry.ts';
import { categorySchema, groupSchema } from './schemas/category.ts';
import { resourceSchema } from './schemas/resource.ts';
import { contentDir } from './site/content-dir.ts';

const root = contentDir();

const entries = defineCollection({
  loader: glob({ pattern: '**/*.md', base: `${root}/entries` }),
  schema: entrySchema,
});

const categories = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${root}/categories` }),
  schema: categorySchema,
});

const groups = defineCollection({
  loader: file(`${root}/groups.yaml`, { parser: (text) => (parse(text) as { groups: Array<{ id: string }> }).groups }),
  schema: groupSchema,
});

const resources = defineCollection({
  loader: glob({ pattern: '**/*.md', base: `${root}/resources` }),
  schema: resourceSchema,
});

/** content/tags.yaml as one record per tag: `{ id, text }`. */
const tags = defineCollection({
  loader: file(`${root}/tags.yaml`, {
    parser: (text) => Object.entries((parse(text) ?? {}) as Record<string, string>).map(([id, text]) => ({ id, text })),
  }),
  schema: z.object({ text: z.string() }),
});

export const collections = { entries, categories, groups, resources, tags };
