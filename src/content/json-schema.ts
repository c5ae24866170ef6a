/**
 * JSON Schemas for editors, generated from the zod schemas in src/schemas/ so autocomplete and
 * red squiggles in YAML and frontmatter follow the same rules as the validator. Written to
 * public/schema/ by `npm run schema`; `npm run schema:check` fails when they are stale.
 */
import { z } from 'zod';
import { categorySchema, groupsFileSchema } from '../schemas/category.ts';
import { isoDate, webUrl } from '../schemas/common.ts';
import { entrySchema, repoUrl } from '../schemas/entry.ts';
import { redirectsFileSchema } from '../schemas/redirects.ts';
import { resourceSchema } from '../schemas/resource.ts';
import { synonymsFileSchema } from '../schemas/synonyms.ts';
import { tagsFileSchema } from '../schemas/tags.ts';

export interface SchemaTarget {
  /** File name under public/schema/. */
  file: string;
  title: string;
  description: string;
  schema: z.ZodType;
}

export const SCHEMA_TARGETS: readonly SchemaTarget[] = [
  { file: 'entry.schema.json', title: 'Python Atlas entry', description: 'Frontmatter of content/entries/<category>/<slug>.md', schema: entrySchema },
  { file: 'category.schema.json', title: 'Python Atlas category', description: 'content/categories/<id>.yaml', schema: categorySchema },
  { file: 'resource.schema.json', title: 'Python Atlas resource', description: 'Frontmatter of content/resources/<kind>/<slug>.md', schema: resourceSchema },
  { file: 'groups.schema.json', title: 'Python Atlas groups', description: 'content/groups.yaml', schema: groupsFileSchema },
  { file: 'tags.schema.json', title: 'Python Atlas tags', description: 'content/tags.yaml: tag id → one-line explanation', schema: tagsFileSchema },
  { file: 'redirects.schema.json', title: 'Python Atlas redirects', description: 'content/redirects.yaml: old category and entry ids → where they live now', schema: redirectsFileSchema },
  { file: 'synonyms.schema.json', title: 'Python Atlas search vocabulary', description: 'content/synonyms.yaml: synonym groups and ignored filler words for search', schema: synonymsFileSchema },
];

/**
 * Converts one zod schema. Overrides: the date preprocess (Date objects from Astro's parser or
 * strings from ours) becomes a plain `YYYY-MM-DD` string; URLs get the https-only pattern the
 * validator enforces, and repositories the code hosts we read activity from.
 */
export function toJsonSchema(target: SchemaTarget): Record<string, unknown> {
  const json = z.toJSONSchema(target.schema, {
    target: 'draft-07',
    io: 'input',
    unrepresentable: 'any',
    override(ctx) {
      const js = ctx.jsonSchema as Record<string, unknown>;
      if (ctx.zodSchema === (isoDate as unknown)) {
        for (const key of Object.keys(js)) delete js[key];
        Object.assign(js, { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'A date written YYYY-MM-DD.' });
      } else if (ctx.zodSchema === (repoUrl as unknown)) {
        Object.assign(js, { pattern: '^https://(github\\.com|gitlab\\.com|codeberg\\.org)/[^/]+/[^/]+', description: 'Repository URL on github.com, gitlab.com or codeberg.org.' });
      } else if (ctx.zodSchema === (webUrl as unknown)) {
        Object.assign(js, { pattern: '^https://', description: 'An absolute https URL without tracking parameters.' });
      }
    },
  }) as Record<string, unknown>;
  const { $schema, ...rest } = json;
  return { $schema, title: target.title, description: target.description, ...rest };
}

/** The exact text written to public/schema/<file>. */
export function renderJsonSchema(target: SchemaTarget): string {
  return JSON.stringify(toJsonSchema(target), null, 2) + '\n';
}
