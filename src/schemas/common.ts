/**
 * Field schemas shared by every content schema, so that "a tag", "a date" or "an https URL"
 * means the same thing in entries, resources and categories.
 */
import { z } from 'zod';

/** Lowercase kebab-case identifier: used for tags, category ids, subcategory ids and slugs. */
export const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase kebab-case, like "web-frameworks"');

/** An absolute http(s) URL. The https-only and tracking rules live in the validator so they can point at the line. */
export const webUrl = z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: 'must be an absolute http(s) URL' });

/**
 * A calendar date (YYYY-MM-DD). Astro's frontmatter parser turns unquoted YAML dates into Date
 * objects while our own YAML parser keeps them as strings: accept both, always yield the string.
 */
export const isoDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z.iso.date({ error: 'must be a date written YYYY-MM-DD' }),
);

/** One sentence in our own words; the style rules (length, capital, period) are validator rules. */
export const description = z.string().trim().min(1, 'must not be empty');
