/**
 * Astro collections, wired to the same zod schemas the scripts use and read through the same
 * content index (src/site/content-loader.ts over src/content/load.ts): the files, ids and YAML the
 * validator checks are the ones the site publishes. The content root is `./content` unless
 * `ATLAS_CONTENT_DIR` points elsewhere (the site benchmark does).
 */
import { defineCollection } from 'astro:content';
import { z } from 'zod';
import { entrySchema } from './schemas/entry.ts';
import { categorySchema, groupSchema } from './schemas/category.ts';
import { resourceSchema } from './schemas/resource.ts';
import { contentDir } from './site/content-dir.ts';
import { contentLoader, markdownItems } from './site/content-loader.ts';

const root = contentDir();

const entries = defineCollection({
  loader: contentLoader(root, markdownItems('entry')),
  schema: entrySchema,
});

const categories = defineCollection({
  loader: contentLoader(root, (loaded) => loaded.files.filter((f) => f.kind === 'category' && f.raw).map((file) => ({ id: file.id, data: file.raw!, file }))),
  schema: categorySchema,
});

/** content/groups.yaml as one record per group (its `id` field names it). */
const groups = defineCollection({
  loader: contentLoader(root, (loaded) =>
    loaded.files
      .filter((f) => f.kind === 'groups')
      .flatMap((file) => (Array.isArray(file.raw?.groups) ? (file.raw.groups as Array<Record<string, unknown>>) : []).map((g) => ({ id: String(g.id), data: g, file })))),
  schema: groupSchema,
});

const resources = defineCollection({
  loader: contentLoader(root, markdownItems('resource')),
  schema: resourceSchema,
});

/** content/tags.yaml as one record per tag: `{ id, text }`. */
const tags = defineCollection({
  loader: contentLoader(root, (loaded) =>
    loaded.files.filter((f) => f.kind === 'tags').flatMap((file) => Object.entries(file.raw ?? {}).map(([id, text]) => ({ id, data: { id, text }, file })))),
  schema: z.object({ text: z.string() }),
});

export const collections = { entries, categories, groups, resources, tags };
