/**
 * The disk side of `npm run import`: reads what the target content folder already holds (so
 * sections reuse existing categories and listed projects are skipped) and writes the plan — one
 * atomic write per file, existing YAML files edited in place so their comments survive. Writes
 * only under the target folder: entries/, resources/, categories/, groups.yaml, tags.yaml.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { mkdir } from 'node:fs/promises';
import { Document, isMap, isSeq, parseDocument, YAMLMap, YAMLSeq } from 'yaml';
import { loadContent } from '../../content/load.ts';
import { categorySchema, groupsFileSchema } from '../../schemas/category.ts';
import { writeFileAtomic } from '../../files/atomic-write.ts';
import { renderCategoryFile, renderEntryFile, renderGroupsFile, renderResourceFile } from '../files.ts';
import type { Entry } from '../../schemas/entry.ts';
import type { Resource } from '../../schemas/resource.ts';
import { emptyTaxonomy, type ImportPlan, type Taxonomy } from './plan.ts';

/** Reads groups, categories, tags, listed URLs and taken slugs from a content folder (empty when absent). */
export function readTaxonomy(dir: string): Taxonomy {
  const taxonomy = emptyTaxonomy();
  if (!existsSync(dir)) return taxonomy;
  const { files } = loadContent(dir);
  const tagCounts = new Map<string, Map<string, number>>();
  for (const file of files) {
    const raw = file.raw;
    if (!raw) continue;
    if (file.kind === 'groups') {
      const parsed = groupsFileSchema.safeParse(raw);
      if (parsed.success) taxonomy.groups = parsed.data.groups;
    } else if (file.kind === 'tags') {
      for (const key of Object.keys(raw)) taxonomy.tags.add(key);
    } else if (file.kind === 'category') {
      const parsed = categorySchema.safeParse(raw);
      if (parsed.success) taxonomy.categories.set(file.id, parsed.data);
    } else {
      const slash = file.rel.lastIndexOf('/');
      const folder = file.rel.slice(0, slash);
      const slug = file.rel.slice(slash + 1).replace(/\.md$/, '');
      if (file.kind === 'entry' && typeof raw.category === 'string' && Array.isArray(raw.tags)) {
        const counts = tagCounts.get(raw.category) ?? new Map<string, number>();
        for (const t of raw.tags) if (typeof t === 'string') counts.set(t, (counts.get(t) ?? 0) + 1);
        tagCounts.set(raw.category, counts);
      }
      const slugs = taxonomy.slugs.get(folder) ?? new Set<string>();
      slugs.add(slug);
      taxonomy.slugs.set(folder, slugs);
      // An awesome-list links the repository where we link the homepage: both identify the project.
      taxonomy.listed.add(file.rel, { url: raw.url, repo: raw.repo });
    }
  }
  for (const [category, counts] of tagCounts) {
    taxonomy.categoryTags.set(category, [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([t]) => t));
  }
  return taxonomy;
}

/**
 * Adds subcategories to a hand-written category file by inserting lines, not by re-printing the
 * YAML: the maintainers' comments, wrapping and quoting stay exactly as they were.
 */
export function appendSubcategories(text: string, subs: ReadonlyArray<{ id: string; title: string }>): string {
  if (subs.length === 0) return text;
  const lines = subs.map((s) => {
    const item = new Document({ id: s.id, title: s.title });
    if (isMap(item.contents)) item.contents.flow = true;
    return `  - ${item.toString({ flowCollectionPadding: true }).trim()}`;
  });
  const doc = parseDocument(text);
  const seq = doc.get('subcategories', true);
  if (isSeq(seq) && !seq.flow && seq.range && seq.items.length > 0) {
    const end = seq.range[1];
    const before = text.slice(0, end).replace(/\n*$/, '');
    return `${before}\n${lines.join('\n')}${text.slice(before.length)}`;
  }
  if (seq !== undefined) {
    // A flow or empty sequence: re-print only that key.
    const all = [...(isSeq(seq) ? seq.toJSON() : []), ...subs.map((s) => ({ id: s.id, title: s.title }))];
    doc.set('subcategories', all);
    return doc.toString({ lineWidth: 0 });
  }
  return `${text.replace(/\n*$/, '\n')}subcategories:\n${lines.join('\n')}\n`;
}

/** Writes every file of the plan under `dir`. Returns the content-relative paths written. */
export async function writePlan(
  dir: string,
  plan: ImportPlan,
  source: string,
  onProgress?: (done: number, total: number) => void,
): Promise<string[]> {
  const written: string[] = [];
  const total = plan.files.length + plan.categories.length + (plan.groups ? 1 : 0) + (plan.newTags.size > 0 ? 1 : 0);
  const put = async (rel: string, text: string) => {
    await writeFileAtomic(join(dir, rel), text);
    written.push(rel);
    onProgress?.(written.length, total);
  };

  if (plan.groups) {
    const path = join(dir, 'groups.yaml');
    if (existsSync(path)) {
      const doc = parseDocument(readFileSync(path, 'utf8'));
      const seq = doc.get('groups', true);
      if (isSeq(seq)) {
        const known = new Set(seq.items.map((item) => (item instanceof YAMLMap ? String(item.get('id')) : '')));
        for (const g of plan.groups) {
          if (known.has(g.id)) continue;
          const node = doc.createNode({ id: g.id, title: g.title, order: g.order }) as YAMLMap;
          node.flow = true;
          (seq as YAMLSeq).items.push(node);
        }
        await put('groups.yaml', doc.toString({ lineWidth: 0 }));
      }
    } else {
      await put('groups.yaml', renderGroupsFile(plan.groups, `The top level of the list, imported from ${source}.`));
    }
  }

  if (plan.newTags.size > 0) {
    const path = join(dir, 'tags.yaml');
    const doc = existsSync(path) ? parseDocument(readFileSync(path, 'utf8')) : parseDocument('{}');
    if (!existsSync(path)) doc.commentBefore = ' The tag vocabulary: tag -> short explanation.';
    for (const [tag, explanation] of plan.newTags) if (!doc.has(tag)) doc.set(tag, explanation);
    const map = doc.contents;
    if (map instanceof YAMLMap) map.flow = false;
    await put('tags.yaml', doc.toString({ lineWidth: 0 }));
  }

  for (const { id, category, isNew, addedSubcategories } of plan.categories) {
    const rel = `categories/${id}.yaml`;
    const path = join(dir, rel);
    if (isNew || !existsSync(path)) {
      await put(rel, renderCategoryFile(category, `Imported from ${source}; rewrite the intro in our own words.`));
      continue;
    }
    await put(rel, appendSubcategories(readFileSync(path, 'utf8'), addedSubcategories));
  }

  // Entry files are independent: write them a few at a time (a 3,000-item list is mostly I/O).
  const dirs = new Set(plan.files.map((f) => dirname(join(dir, f.rel))));
  await Promise.all([...dirs].map((d) => mkdir(d, { recursive: true })));
  let next = 0;
  const worker = async () => {
    while (next < plan.files.length) {
      const file = plan.files[next++];
      if (!file) break;
      const text = file.kind === 'entry' ? renderEntryFile(file.data as Entry, file.body) : renderResourceFile(file.data as Resource, file.body);
      await put(file.rel, text);
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  return written;
}
