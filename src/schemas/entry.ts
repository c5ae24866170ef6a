/**
 * The frontmatter of one list entry (`content/entries/<category>/<slug>.md`). This module is the
 * single source of truth: Astro's content collection, the validator, the JSON Schema for editors
 * and every script import it, and the TypeScript types are inferred from it.
 */
import { z } from 'zod';
import { description, isoDate, kebabId, noControlChars, webUrl } from './common.ts';
import { isRepositoryUrl } from '../identity/repo.ts';

/** How strongly we recommend an entry: the first choice, a sound alternative, or kept for the record. */
export const entryStatus = z.enum(['recommended', 'alternative', 'legacy']);

/** Repositories we know how to read activity from. */
export const repoUrl = webUrl.refine(isRepositoryUrl, {
  message: 'must be a repository URL on github.com, gitlab.com or codeberg.org, like https://github.com/owner/name',
});

/** A PyPI distribution name as PEP 508 allows it. */
export const pypiName = z
  .string()
  .regex(/^([A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9._-]*[A-Za-z0-9])$/, 'must be a PyPI distribution name, like "requests"');

export const entrySchema = z
  .object({
    /** Display name, as the project writes it. */
    name: z.string().trim().min(1, 'must not be empty').max(60, 'must be at most 60 characters').check(noControlChars()),
    /** Primary homepage: the page a reader should land on. */
    url: webUrl,
    /** Source repository (GitHub, GitLab or Codeberg). */
    repo: repoUrl.optional(),
    /** PyPI distribution name, when the project is installable with pip. */
    pypi: pypiName.optional(),
    /** The module name to import when it differs from the PyPI name (`bs4` for beautifulsoup4). */
    import: z
      .string()
      .regex(/^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/, 'must be a Python module path, like "bs4" or "google.protobuf"')
      .optional(),
    /** Documentation home, when it is not the homepage. */
    docs: webUrl.optional(),
    /** Category id; must match the folder the entry lives in and a file in content/categories/. */
    category: kebabId,
    /** Use case within the category; must be one of the category's subcategories. */
    subcategory: kebabId.optional(),
    /** Tags from content/tags.yaml. */
    tags: z.array(kebabId).min(1, 'needs at least one tag'),
    /** One sentence, in our own words: what it is for and what sets it apart. */
    description,
    /**
     * One sentence, in our own words, that completes "Pick it when …" and names the trade-off
     * against the neighbours in its category (the `pick-style` rule checks the form).
     */
    pick: z.string().trim().min(1, 'must not be empty').check(noControlChars()).optional(),
    /** recommended | alternative | legacy */
    status: entryStatus,
    /** The date the entry joined the list. */
    added: isoDate,
    /** The date a maintainer last re-checked the entry's facts and rating. */
    reviewed: isoDate.optional(),
  })
  .strict();

export type Entry = z.infer<typeof entrySchema>;
export type EntryStatus = z.infer<typeof entryStatus>;
