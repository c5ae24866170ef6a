/**
 * The site's collections read the content index (src/content/load.ts), the same reader as the
 * validator and every script — not Astro's glob loader, which follows symbolic links, parses
 * YAML with its own parser and limits, and names entries its own way. So what the validator
 * accepts is exactly what the site publishes, with the same ids; and a file the index cannot
 * read (a symbolic link, YAML past the alias limit, a broken file) fails the build with the
 * validator's own `path:line:col  rule  message` lines instead of being skipped or doubled.
 */
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { formatFindings } from '../cli/format.ts';
import { displayPath, loadContent, type LoadedContent } from '../content/load.ts';
import type { ContentFile } from '../content/model.ts';

/** One record of a collection: its id, raw data (validated by the collection's schema), body. */
export interface CollectionItem {
  id: string;
  data: Record<string, unknown>;
  body?: string;
  file: ContentFile;
}

const indexes = new Map<string, LoadedContent>();

/** The content index of `root`, read once per build; throws the reader's problems, formatted. */
export function contentIndex(root: string): LoadedContent {
  let loaded = indexes.get(root);
  if (!loaded) {
    loaded = loadContent(root, { display: (abs) => displayPath(abs) });
    if (loaded.problems.length > 0) {
      throw new Error(`the content index cannot read ${loaded.problems.length === 1 ? 'a file' : `${loaded.problems.length} files`} (npm run validate says the same):\n${formatFindings('text', loaded.problems)}`);
    }
    indexes.set(root, loaded);
  }
  return loaded;
}

/** Entries and resources: the file's id, its frontmatter, its note (trimmed, as Astro's loader gave it). */
export function markdownItems(kind: 'entry' | 'resource') {
  return (loaded: LoadedContent): CollectionItem[] =>
    loaded.files.filter((f) => f.kind === kind && f.raw).map((file) => ({ id: file.id, data: file.raw!, body: file.body.trim(), file }));
}

/** A collection loader over the content index; `items` picks the collection's records. */
export function contentLoader(root: string, items: (loaded: LoadedContent) => CollectionItem[]): Loader {
  return {
    name: 'atlas-content-index',
    async load({ store, parseData, generateDigest, config }) {
      const list = items(contentIndex(root));
      store.clear();
      for (const item of list) {
        const filePath = relative(fileURLToPath(config.root), join(root, item.file.rel));
        const data = await parseData({ id: item.id, data: item.data, filePath });
        store.set({ id: item.id, data, filePath, digest: generateDigest({ data: item.data, body: item.body ?? '' }), ...(item.body !== undefined ? { body: item.body } : {}) });
      }
    },
  };
}
