/**
 * The list as typed objects, read through the content index (src/content/load.ts: ids, the one
 * parser) and the zod schemas: what the README generator and `npm run new` work from. Files that
 * do not pass the schema are left out and named in `skipped`, files the index cannot read are in
 * `problems` — reporting them fully is the validator's job.
 */
import { existsSync } from 'node:fs';
import type { Finding } from '../cli/finding.ts';
import { loadContent } from '../content/load.ts';
import { categorySchema, groupsFileSchema, type Category, type Group } from '../schemas/category.ts';
import { entrySchema, type Entry } from '../schemas/entry.ts';
import { resourceSchema, type Resource } from '../schemas/resource.ts';
import { tagsFileSchema } from '../schemas/tags.ts';

export interface ListFiles {
  groups: Group[];
  categories: Array<{ id: string; category: Category }>;
  entries: Array<{ id: string; rel: string; path: string; entry: Entry }>;
  resources: Array<{ id: string; rel: string; path: string; resource: Resource }>;
  tags: Record<string, string>;
  /** Files that were read but did not pass the schema (shown paths). */
  skipped: string[];
  /** Files the content index could not read (a symbolic link, broken YAML…), as the validator says. */
  problems: Finding[];
}

/** Reads a content folder; an absent folder reads as an empty list. */
export function readListFiles(dir: string): ListFiles {
  const out: ListFiles = { groups: [], categories: [], entries: [], resources: [], tags: {}, skipped: [], problems: [] };
  if (!existsSync(dir)) return out;
  const { files, problems } = loadContent(dir);
  out.problems = problems.filter((p) => p.rule !== 'stray-file');
  for (const file of files) {
    const raw = file.raw;
    if (file.kind === 'groups') {
      const parsed = groupsFileSchema.safeParse(raw);
      if (parsed.success) out.groups = parsed.data.groups;
      else out.skipped.push(file.path);
    } else if (file.kind === 'tags') {
      const parsed = tagsFileSchema.safeParse(raw);
      if (parsed.success) out.tags = parsed.data;
      else out.skipped.push(file.path);
    } else if (file.kind === 'category') {
      const parsed = categorySchema.safeParse(raw);
      if (parsed.success) out.categories.push({ id: file.id, category: parsed.data });
      else out.skipped.push(file.path);
    } else if (file.kind === 'entry') {
      const parsed = entrySchema.safeParse(raw);
      if (parsed.success) out.entries.push({ id: file.id, rel: file.rel, path: file.path, entry: parsed.data });
      else out.skipped.push(file.path);
    } else if (file.kind === 'resource') {
      const parsed = resourceSchema.safeParse(raw);
      if (parsed.success) out.resources.push({ id: file.id, rel: file.rel, path: file.path, resource: parsed.data });
      else out.skipped.push(file.path);
    }
  }
  return out;
}
