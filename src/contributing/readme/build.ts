/**
 * The README's list section, generated from content/ so that the repository's front page on GitHub
 * is the list itself: groups, their categories (with intro), entries as `- [Name](url) - text`
 * (subcategories as nested bullets), then learning resources by kind. Built as an mdast tree and
 * printed with remark-stringify, so names and descriptions are escaped correctly; the layout is one
 * the importer reads back (see the round-trip test). Pure: content in, Markdown out.
 */
import { unified } from 'unified';
import remarkStringify from 'remark-stringify';
import type { Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { Category, Group } from '../../schemas/category.ts';
import type { Entry } from '../../schemas/entry.ts';
import type { Resource, ResourceKind } from '../../schemas/resource.ts';
import { compareEntryOrder } from '../../content/entry-order.ts';
import { githubAnchor } from '../markdown-text.ts';
import { GENERATED_NOTE } from './section.ts';

export interface ListContent {
  groups: Group[];
  categories: Array<{ id: string; category: Category }>;
  entries: Array<{ id: string; entry: Entry }>;
  resources: Array<{ id: string; resource: Resource }>;
}

/** Headings of each resource kind, in the order they are listed. */
export const RESOURCE_HEADINGS: Record<ResourceKind, string> = {
  book: 'Books',
  course: 'Courses',
  newsletter: 'Newsletters',
  podcast: 'Podcasts',
  video: 'Videos',
  website: 'Websites',
  community: 'Communities',
};

const byName = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' }) || (a < b ? -1 : a > b ? 1 : 0);

/** Entry order within a list: the site's curated order (src/content/entry-order.ts). */
export function compareEntries(a: Entry, b: Entry): number {
  return compareEntryOrder(a, b);
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const paragraph = (children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });
const heading = (depth: 1 | 2 | 3 | 4 | 5 | 6, value: string): Heading => ({ type: 'heading', depth, children: [text(value)] });
const list = (items: ListItem[]): List => ({ type: 'list', ordered: false, spread: false, children: items });
const item = (children: ListItem['children']): ListItem => ({ type: 'listItem', spread: false, children });

/** `[Name](url) - description` as a list item. */
function linkItem(name: string, url: string, description: string): ListItem {
  return item([paragraph([{ type: 'link', url, children: [text(name)] }, text(` - ${description}`)])]);
}

/**
 * The mdast of the list section. `reservedAnchors` are the anchors of headings elsewhere in the
 * README, so table-of-contents links get GitHub's "-1" suffixes right when titles repeat.
 */
export function buildListTree(content: ListContent, reservedAnchors: readonly string[] = []): Root {
  const anchors = new Map<string, number>();
  for (const a of reservedAnchors) githubAnchor(a, anchors);
  const categoriesByGroup = new Map<string, Array<{ id: string; category: Category }>>();
  for (const c of content.categories) {
    const bucket = categoriesByGroup.get(c.category.group) ?? [];
    bucket.push(c);
    categoriesByGroup.set(c.category.group, bucket);
  }
  const entriesByCategory = new Map<string, Entry[]>();
  for (const { entry } of content.entries) {
    const bucket = entriesByCategory.get(entry.category) ?? [];
    bucket.push(entry);
    entriesByCategory.set(entry.category, bucket);
  }

  const body: RootContent[] = [];
  /** One table-of-contents line per group: `[Group](#…): [Category](#…) · …`. */
  const toc: Paragraph[] = [];
  const groups = [...content.groups].sort((a, b) => a.order - b.order || byName(a.title, b.title));
  let categoryCount = 0;
  let entryCount = 0;

  for (const group of groups) {
    const categories = (categoriesByGroup.get(group.id) ?? [])
      .filter((c) => (entriesByCategory.get(c.id) ?? []).length > 0)
      .sort((a, b) => a.category.order - b.category.order || byName(a.category.title, b.category.title));
    if (categories.length === 0) continue;
    const groupAnchor = githubAnchor(group.title, anchors);
    body.push(heading(3, group.title));
    const tocCategories: PhrasingContent[] = [];
    for (const { id, category } of categories) {
      const entries = [...(entriesByCategory.get(id) ?? [])].sort(compareEntries);
      categoryCount++;
      entryCount += entries.length;
      if (tocCategories.length > 0) tocCategories.push(text(' · '));
      tocCategories.push({ type: 'link', url: `#${githubAnchor(category.title, anchors)}`, children: [text(category.title)] });
      body.push(heading(4, category.title));
      body.push(paragraph([{ type: 'emphasis', children: [text(category.intro.replace(/\s+/g, ' ').trim())] }]));
      const subTitles = new Map((category.subcategories ?? []).map((s) => [s.id, s.title]));
      const items: ListItem[] = entries.filter((e) => !e.subcategory || !subTitles.has(e.subcategory)).map((e) => linkItem(e.name, e.url, e.description));
      for (const sub of category.subcategories ?? []) {
        const inSub = entries.filter((e) => e.subcategory === sub.id);
        if (inSub.length === 0) continue;
        items.push(item([paragraph([text(sub.title)]), list(inSub.map((e) => linkItem(e.name, e.url, e.description)))]));
      }
      body.push(list(items));
    }
    toc.push(paragraph([{ type: 'strong', children: [{ type: 'link', url: `#${groupAnchor}`, children: [text(group.title)] }] }, text(': '), ...tocCategories]));
  }

  const resources = [...content.resources];
  if (resources.length > 0) {
    const resourcesAnchor = githubAnchor('Resources', anchors);
    body.push(heading(3, 'Resources'));
    const tocKinds: PhrasingContent[] = [];
    for (const [kind, title] of Object.entries(RESOURCE_HEADINGS) as Array<[ResourceKind, string]>) {
      const ofKind = resources.filter((r) => r.resource.kind === kind).sort((a, b) => byName(a.resource.name, b.resource.name));
      if (ofKind.length === 0) continue;
      if (tocKinds.length > 0) tocKinds.push(text(' · '));
      tocKinds.push({ type: 'link', url: `#${githubAnchor(title, anchors)}`, children: [text(title)] });
      body.push(heading(4, title));
      body.push(list(ofKind.map(({ resource }) => linkItem(resource.name, resource.url, resource.description))));
    }
    toc.push(paragraph([{ type: 'strong', children: [{ type: 'link', url: `#${resourcesAnchor}`, children: [text('Resources')] }] }, text(': '), ...tocKinds]));
  }

  const summary = paragraph([
    text(
      `${entryCount} ${entryCount === 1 ? 'project' : 'projects'} in ${categoryCount} ${categoryCount === 1 ? 'category' : 'categories'}` +
        (resources.length > 0 ? `, and ${resources.length} learning ${resources.length === 1 ? 'resource' : 'resources'}.` : '.'),
    ),
  ]);
  const note: RootContent = { type: 'html', value: GENERATED_NOTE };
  return { type: 'root', children: [note, summary, ...toc, ...body] };
}

/**
 * Entries the section cannot show because their category, or its group, does not exist: the
 * generator names them instead of dropping them silently.
 */
export function unlistedEntries(content: ListContent): string[] {
  const groups = new Set(content.groups.map((g) => g.id));
  const shown = new Set(content.categories.filter((c) => groups.has(c.category.group)).map((c) => c.id));
  return content.entries.filter((e) => !shown.has(e.entry.category)).map((e) => e.id);
}

/** The section's Markdown, markers excluded. */
export function renderListSection(content: ListContent, reservedAnchors: readonly string[] = []): string {
  return unified()
    .use(remarkStringify, { bullet: '-', listItemIndent: 'one', emphasis: '*', strong: '*', rule: '-', fences: true })
    .stringify(buildListTree(content, reservedAnchors));
}
