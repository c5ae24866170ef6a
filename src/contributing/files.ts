/**
 * How an entry, a resource and a category look on disk. `new` and `import` both write through
 * these functions, so every generated file has the same key order and style as the hand-written
 * ones (tags in flow style, dates unquoted) and reviewers see uniform diffs.
 */
import { Document, isMap, isScalar, isSeq } from 'yaml';
import type { Entry } from '../schemas/entry.ts';
import type { Resource } from '../schemas/resource.ts';
import type { Category, Group } from '../schemas/category.ts';

const ENTRY_KEYS = ['name', 'url', 'repo', 'pypi', 'import', 'docs', 'category', 'subcategory', 'tags', 'description', 'pick', 'status', 'added', 'reviewed'] as const;
const RESOURCE_KEYS = ['name', 'url', 'kind', 'author', 'description', 'tags', 'free', 'added'] as const;
const CATEGORY_KEYS = ['title', 'group', 'order', 'intro', 'subcategories', 'seeAlso'] as const;

function orderedYaml(data: Record<string, unknown>, keys: readonly string[], flowKeys: readonly string[]): string {
  const ordered: Record<string, unknown> = {};
  for (const key of keys) if (data[key] !== undefined) ordered[key] = data[key];
  const doc = new Document(ordered);
  for (const key of flowKeys) {
    const node = doc.get(key, true);
    if (isSeq(node)) node.flow = true;
  }
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** The Markdown file for an entry: YAML frontmatter plus an optional note body. */
export function renderEntryFile(entry: Entry, body = ''): string {
  const yaml = orderedYaml(entry as Record<string, unknown>, ENTRY_KEYS, ['tags']);
  return `---\n${yaml}---\n${body ? `${body.trim()}\n` : ''}`;
}

/** The Markdown file for a learning resource. */
export function renderResourceFile(resource: Resource, body = ''): string {
  const yaml = orderedYaml(resource as Record<string, unknown>, RESOURCE_KEYS, ['tags']);
  return `---\n${yaml}---\n${body ? `${body.trim()}\n` : ''}`;
}

/** A category file (`categories/<id>.yaml`); subcategories and see-also links one per line. */
export function renderCategoryFile(category: Category, comment?: string): string {
  const doc = new Document(
    Object.fromEntries(CATEGORY_KEYS.filter((k) => category[k] !== undefined).map((k) => [k, category[k]])),
  );
  for (const key of ['subcategories', 'seeAlso']) {
    const seq = doc.get(key, true);
    if (isSeq(seq)) for (const item of seq.items) if (isMap(item)) item.flow = true;
  }
  const intro = doc.get('intro', true);
  if (isScalar(intro)) intro.type = 'BLOCK_FOLDED';
  if (comment) doc.commentBefore = ` ${comment}`;
  return doc.toString({ lineWidth: 100, flowCollectionPadding: true });
}

/** `groups.yaml`, one group per line like the hand-written file. */
export function renderGroupsFile(groups: readonly Group[], comment?: string): string {
  const doc = new Document({ groups: groups.map((g) => ({ id: g.id, title: g.title, order: g.order })) });
  const seq = doc.get('groups', true);
  if (isSeq(seq)) for (const item of seq.items) if (isMap(item)) item.flow = true;
  if (comment) doc.commentBefore = ` ${comment}`;
  return doc.toString({ lineWidth: 0, flowCollectionPadding: true });
}
