/** Astro collections, wired to the same zod schemas the scripts use. */
import { defineCollection } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { entrySchema } from './schemas/entry.ts';
import { categorySchema, groupSchema } from './schemas/category.ts';
import { resourceSchema } from './schemas/resource.ts';

const entries = defineCollection({
  loader: glob({ pattern: '**/*.md', base: './content/entries' }),
  schema: entrySchema,
});

const categories = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/categories' }),
  schema: categorySchema,
});

const groups = defineCollection({
  loader: file('./content/groups.yaml', { parser: (text) => (parseGroups(text)) }),
  schema: groupSchema,
});

const resources = defineCollection({
  loader: glob({ pattern: '**/*.md', base: './content/resources' }),
  schema: resourceSchema,
});

import { parse } from 'yaml';
function parseGroups(text: string) {
  const doc = parse(text) as { groups: Array<{ id: string }> };
  return doc.groups;
}

export const collections = { entries, categories, groups, resources };
