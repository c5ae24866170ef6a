/**
 * Decides what an imported awesome-list becomes in our content model: which group and category
 * each section maps to (reusing existing ones by title), which tags, which file name each item
 * gets, what is skipped because it is already listed, and which entries a human must finish.
 * Pure: the parsed list and the existing taxonomy in, a plan of files and notes out (write.ts
 * does the disk).
 */
import { entrySchema, type Entry } from '../../schemas/entry.ts';
import { categorySchema, seeAlsoSchema, type Category, type Group, type Subcategory } from '../../schemas/category.ts';
import { resourceSchema, type Resource, type ResourceKind } from '../../schemas/resource.ts';
import { ListedProjects } from '../../identity/listed.ts';
import { repoUrlOf } from '../../identity/repo.ts';
import { sameUrlKey } from '../../identity/url.ts';
import { placeholderPick } from '../pick-draft.ts';
import { slugForItem, slugify, uniqueSlug } from '../slug.ts';
import type { ParsedList, SourceSection } from './parse.ts';

/**
 * Marker put in a description or intro the source does not give us. The validator's placeholder
 * rule flags any text starting with "TODO", so an imported list cannot go live until a human has
 * written these sentences in our own words.
 */
export const PLACEHOLDER = 'TODO';

/** Description for an item the source gives no description for. */
export function placeholderDescription(name: string): string {
  return `${PLACEHOLDER}: say in one sentence of our own what ${name} is for and what sets it apart.`;
}

/** What already exists in the target content folder. */
export interface Taxonomy {
  groups: Group[];
  /** Category id -> category. */
  categories: Map<string, Category>;
  /** Tag vocabulary (tags.yaml keys). */
  tags: Set<string>;
  /** Projects already on the list (src/identity/listed.ts), each as its content-relative path. */
  listed: ListedProjects<string>;
  /** `entries/<category>` or `resources/<kind>` -> slugs already taken there. */
  slugs: Map<string, Set<string>>;
  /** Category id -> tags its entries use, most used first (the fallback for imported entries). */
  categoryTags: Map<string, string[]>;
}

export interface PlanOptions {
  /** YYYY-MM-DD written as `added`. */
  today: string;
  /** Sub-links nested under an item (awesome-flask under flask): own entries, or links in the parent's note. */
  sublinks: 'entries' | 'notes';
  /**
   * `source` keeps the list's own descriptions and intros (a maintainer migrating their own list);
   * `todo` keeps only facts (names, links, sections) and writes TODO text everywhere, so nothing
   * is copied from someone else's list.
   */
  descriptions: 'source' | 'todo';
  /** Shown in generated comments and tag explanations, e.g. the source file name. */
  source: string;
}

export type NoteRule =
  | 'missing-description'
  | 'slug-clash'
  | 'already-listed'
  | 'duplicate-in-source'
  | 'name-too-long'
  | 'short-intro'
  | 'schema'
  | 'resource-kind';

export interface ImportNote {
  line: number;
  column: number;
  rule: NoteRule;
  /** `error`: the item was not imported; `warning`: imported, needs a human; `info`: FYI. */
  severity: 'error' | 'warning' | 'info';
  message: string;
}

export interface PlannedFile {
  /** Content-relative path, e.g. `entries/testing/pytest.md`. */
  rel: string;
  kind: 'entry' | 'resource';
  data: Entry | Resource;
  /** Markdown note body ('' for none). */
  body: string;
  /** Where the item came from, for reports and tests. */
  source: { section: string; group: string | undefined; subcategory: string | undefined; line: number; sublinkOf: string | undefined };
}

export interface ImportPlan {
  /** Full groups list when groups were added, else null. */
  groups: Group[] | null;
  /** Categories to create (new) or to extend with subcategories (existing). */
  categories: Array<{ id: string; category: Category; isNew: boolean; addedSubcategories: Subcategory[] }>;
  /** New tags with their explanation. */
  newTags: Map<string, string>;
  files: PlannedFile[];
  notes: ImportNote[];
  /** Sub-links folded into their parent's note (sublinks: 'notes'). */
  foldedSublinks: number;
}

const RESOURCE_KINDS: Array<[RegExp, ResourceKind]> = [
  [/newsletter|digest|weekly/i, 'newsletter'],
  [/podcast|episodes?/i, 'podcast'],
  [/books?\b|reading/i, 'book'],
  [/course|tutorial|learn|training|class/i, 'course'],
  [/video|screencast|youtube|talks?\b|conference/i, 'video'],
  [/communit|forum|chat|discord|slack|meetup|mailing/i, 'community'],
  [/website|blog|sites?\b|web\b|links/i, 'website'],
];

/** The resource kind a section title names ("Podcasts" -> podcast); undefined when none fits. */
export function resourceKindOf(title: string): ResourceKind | undefined {
  return RESOURCE_KINDS.find(([re]) => re.test(title))?.[1];
}

const STOP_WORDS = new Set(['and', 'or', 'the', 'of', 'for', 'in', 'with', 'to', 'a', 'an', 'other', 'tools', 'libraries', 'library', 'misc', 'miscellaneous', 'general']);

/**
 * Vocabulary tags a section title suggests: a tag matches a word of the titles (singular or plural)
 * or two adjacent words ("Static Site Generators" -> static-site). At most three.
 */
export function tagsForTitles(titles: ReadonlyArray<string | undefined>, vocabulary: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (const title of titles) {
    if (!title) continue;
    const words = slugify(title).split('-').filter((w) => w && !STOP_WORDS.has(w));
    const candidates: string[] = [];
    for (let i = 0; i < words.length; i++) {
      const w = words[i] ?? '';
      const next = words[i + 1];
      if (next) candidates.push(`${w}-${next}`, `${w}-${next.replace(/s$/, '')}`);
      candidates.push(w, w.replace(/(ie)?s$/, (_m, ie: string | undefined) => (ie ? 'y' : '')), `${w}s`);
      if (w.endsWith('ing')) candidates.push(w.slice(0, -3), `${w.slice(0, -3)}e`);
    }
    for (const c of candidates) if (vocabulary.has(c) && !found.includes(c)) found.push(c);
  }
  return found.slice(0, 3);
}

/** Adds a final period when the source sentence has no closing punctuation. */
function finishSentence(text: string): string {
  return /[.!?…)"'”]$/.test(text) ? text : `${text}.`;
}

/** Builds the import plan. Pure; `taxonomy` is not modified. */
export function planImport(parsed: ParsedList, given: Taxonomy, options: PlanOptions): ImportPlan {
  // Taken slugs grow as files are planned: work on a copy so the caller's taxonomy stays as it was.
  const taxonomy: Taxonomy = { ...given, slugs: new Map([...given.slugs].map(([k, v]) => [k, new Set(v)])) };
  const notes: ImportNote[] = [];
  const note = (item: { line: number; column?: number }, rule: NoteRule, severity: ImportNote['severity'], message: string) =>
    notes.push({ line: item.line, column: item.column ?? 1, rule, severity, message });

  // Groups: reuse by id or title, else add after the last one.
  const groups = taxonomy.groups.map((g) => ({ ...g }));
  let groupsChanged = false;
  const groupFor = (title: string | undefined): string => {
    const wanted = title ?? 'Other';
    const id = slugify(wanted) || 'other';
    const found = groups.find((g) => g.id === id || g.title.toLowerCase() === wanted.toLowerCase());
    if (found) return found.id;
    const order = groups.reduce((max, g) => Math.max(max, g.order), 0) + 10;
    groups.push({ id, title: wanted, order });
    groupsChanged = true;
    return id;
  };

  const vocabulary = new Set(taxonomy.tags);
  const newTags = new Map<string, string>();
  const tagsFor = (titles: Array<string | undefined>, fallbackTitle: string, categoryId?: string): string[] => {
    const tags = tagsForTitles(titles, vocabulary);
    if (tags.length > 0) return tags;
    const usual = categoryId ? (taxonomy.categoryTags.get(categoryId) ?? []).slice(0, 2) : [];
    if (usual.length > 0) return usual;
    const tag = slugify(fallbackTitle) || 'imported';
    if (!vocabulary.has(tag)) {
      vocabulary.add(tag);
      newTags.set(tag, `Projects from the "${fallbackTitle}" section of ${options.source}; replace with vocabulary tags.`);
    }
    return [tag];
  };

  // Categories: reuse by id or title (case-insensitive), else create.
  const categories = new Map<string, { category: Category; isNew: boolean; addedSubcategories: Subcategory[] }>();
  const byAnchor = new Map<string, string>();
  const orderInGroup = new Map<string, number>();
  const categoryFor = (section: SourceSection): string => {
    const id = slugify(section.title) || 'imported';
    const existing =
      [...taxonomy.categories.entries()].find(([cid, c]) => cid === id || c.title.toLowerCase() === section.title.toLowerCase()) ??
      [...categories.entries()].map(([cid, c]) => [cid, c.category] as const).find(([cid, c]) => cid === id || c.title.toLowerCase() === section.title.toLowerCase());
    if (existing) {
      const [cid, category] = existing;
      if (!categories.has(cid)) categories.set(cid, { category: { ...category, subcategories: category.subcategories?.map((s) => ({ ...s })) }, isNew: false, addedSubcategories: [] });
      return cid;
    }
    const group = groupFor(section.group);
    // New categories go after the group's existing ones, in source order.
    const after = orderInGroup.get(group) ?? Math.max(0, ...[...taxonomy.categories.values()].filter((c) => c.group === group).map((c) => c.order));
    const order = after + 10;
    orderInGroup.set(group, order);
    let intro = section.intro && options.descriptions === 'source' ? finishSentence(section.intro) : undefined;
    if (!intro || intro.length < 40) {
      if (options.descriptions === 'source') {
        note(section, 'short-intro', 'warning', `category "${section.title}" has ${intro ? 'a one-line' : 'no'} intro; a ${PLACEHOLDER} intro was written for a human to finish`);
      }
      intro = `${PLACEHOLDER}: write a paragraph, in our own words, on what "${section.title}" covers and how to choose.${intro ? ` Source: ${intro}` : ''}`;
    }
    categories.set(id, { category: { title: section.title, group, intro, order }, isNew: true, addedSubcategories: [] });
    return id;
  };

  const subcategoryFor = (categoryId: string, title: string | undefined): string | undefined => {
    if (!title) return undefined;
    const slot = categories.get(categoryId);
    if (!slot) return undefined;
    const subs = slot.category.subcategories ?? [];
    const found = subs.find((s) => s.title.toLowerCase() === title.toLowerCase() || s.id === slugify(title));
    if (found) return found.id;
    const id = uniqueSlug(slugify(title) || 'other', new Set(subs.map((s) => s.id)));
    const sub = { id, title };
    slot.category.subcategories = [...subs, sub];
    slot.addedSubcategories.push(sub);
    return id;
  };

  const files: PlannedFile[] = [];
  const seenInSource = new Map<string, string>();
  const entryIdOf = new Map<string, { file: PlannedFile; id: string }>();
  let foldedSublinks = 0;

  const takenIn = (dir: string): Set<string> => {
    let set = taxonomy.slugs.get(dir);
    if (!set) {
      set = new Set();
      taxonomy.slugs.set(dir, set);
    }
    return set;
  };

  for (const [sectionIndex, section] of parsed.sections.entries()) {
    const isResource = section.resources;
    let categoryId: string | undefined;
    let kind: ResourceKind | undefined;
    if (isResource) {
      kind = resourceKindOf(section.title);
      if (!kind) {
        kind = 'website';
        note(section, 'resource-kind', 'info', `resource section "${section.title}" names no known kind; its items were filed as websites`);
      }
    }
    // Created on the first item that is written, so a section whose items are all listed already
    // leaves no empty category (or group) behind.
    const ensureCategory = (): string => {
      if (categoryId === undefined) {
        categoryId = categoryFor(section);
        byAnchor.set(section.anchor, categoryId);
      }
      return categoryId;
    };

    for (const item of section.items) {
      const key = sameUrlKey(item.url) ?? item.url;
      const parentKey = item.parent ? `${sectionIndex}|${sameUrlKey(item.parent.url) ?? item.parent.url}` : undefined;
      const parent = parentKey ? entryIdOf.get(parentKey) : undefined;

      const already = taxonomy.listed.find({ url: item.url })?.item;
      if (already) {
        note(item, 'already-listed', 'info', `"${item.name}" is already listed in ${already}; skipped`);
        continue;
      }
      if (item.parent && options.sublinks === 'notes' && parent) {
        parent.file.body += `${parent.file.body ? '\n' : ''}- Also see [${item.name.replace(/[[\]]/g, '')}](${item.url})`;
        foldedSublinks++;
        continue;
      }
      const earlier = seenInSource.get(key);
      if (earlier) note(item, 'duplicate-in-source', 'info', `"${item.name}" links to the same URL as ${earlier}; imported again for this section`);

      let name = item.name;
      if (!name) {
        name = slugForItem('', item.url, 'unnamed');
        note(item, 'schema', 'warning', `link text is empty; named "${name}" after its URL`);
      }
      const max = isResource ? 80 : 60;
      if (name.length > max) {
        note(item, 'name-too-long', 'warning', `name "${name}" is longer than ${max} characters; shortened`);
        const cut = name.slice(0, max - 1);
        name = `${(cut.lastIndexOf(' ') > max / 2 ? cut.slice(0, cut.lastIndexOf(' ')) : cut).trimEnd()}…`;
      }
      let description = item.description && options.descriptions === 'source' ? finishSentence(item.description) : undefined;
      if (!description) {
        description = placeholderDescription(name);
        if (options.descriptions === 'source') {
          note(item, 'missing-description', 'warning', `"${name}" has no description in the source; a ${PLACEHOLDER} description was written for a human to finish`);
        }
      }

      const dir = isResource ? `resources/${kind}` : `entries/${ensureCategory()}`;
      const taken = takenIn(dir);
      const base = slugForItem(item.name || name, item.url, 'item');
      const slug = uniqueSlug(base, taken);
      if (slug !== base) note(item, 'slug-clash', 'info', `"${name}" would be ${dir}/${base}.md, which is taken; written as ${slug}.md`);
      const rel = `${dir}/${slug}.md`;
      const source = { section: section.title, group: section.group, subcategory: item.subcategory, line: item.line, sublinkOf: item.parent?.name };

      let file: PlannedFile;
      if (isResource && kind) {
        const resource = {
          name,
          url: item.url,
          kind,
          description,
          tags: tagsFor([section.title, kind], section.title),
          free: true,
          added: options.today,
        };
        const checked = resourceSchema.safeParse(resource);
        if (!checked.success) {
          note(item, 'schema', 'error', `"${name}" cannot be a resource: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
          taken.delete(slug);
          continue;
        }
        file = { rel, kind: 'resource', data: checked.data, body: '', source };
      } else {
        const cid = categoryId as string;
        const category = categories.get(cid)?.category;
        const subcategory = subcategoryFor(cid, item.subcategory);
        const repo = repoUrlOf(item.url);
        const entry = {
          name,
          url: item.url,
          ...(repo ? { repo } : {}),
          category: cid,
          ...(subcategory ? { subcategory } : {}),
          tags: tagsFor([item.subcategory, section.title, category?.title], section.title, cid),
          description,
          pick: placeholderPick(name),
          status: 'recommended' as const,
          added: options.today,
        };
        const checked = entrySchema.safeParse(entry);
        if (!checked.success) {
          note(item, 'schema', 'error', `"${name}" cannot be an entry: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
          taken.delete(slug);
          continue;
        }
        // The parent may be an entry of this import or one the list already had.
        const listedParent = item.parent && !parent ? taxonomy.listed.find({ url: item.parent.url })?.item : undefined;
        const parentLink = parent
          ? { name: parent.file.data.name, id: parent.id }
          : listedParent?.startsWith('entries/') && item.parent
            ? { name: item.parent.name, id: listedParent.slice('entries/'.length).replace(/\.md$/, '') }
            : undefined;
        const body = parentLink ? `Listed under [${parentLink.name.replace(/[[\]]/g, '')}](/entries/${parentLink.id}/) in ${options.source}.` : '';
        file = { rel, kind: 'entry', data: checked.data, body, source };
        entryIdOf.set(`${sectionIndex}|${key}`, { file, id: `${cid}/${slug}` });
      }
      files.push(file);
      seenInSource.set(key, rel);
    }
  }

  // Sections that wrote nothing still resolve "#anchor" links when a category of that title exists.
  for (const section of parsed.sections) {
    if (section.resources || byAnchor.has(section.anchor)) continue;
    const title = section.title.toLowerCase();
    const found = [...taxonomy.categories.entries()].find(([cid, c]) => cid === slugify(section.title) || c.title.toLowerCase() === title);
    if (found) byAnchor.set(section.anchor, found[0]);
  }

  // See-also links of new categories, now that every section's category id is known.
  for (const section of parsed.sections) {
    if (section.resources) continue;
    const cid = byAnchor.get(section.anchor);
    const slot = cid ? categories.get(cid) : undefined;
    if (!slot?.isNew || section.seeAlso.length === 0) continue;
    const seeAlso = [...(slot.category.seeAlso ?? [])];
    for (const link of section.seeAlso) {
      const url = link.url.startsWith('#') ? (byAnchor.get(link.url.slice(1)) ? `/category/${byAnchor.get(link.url.slice(1))}/` : undefined) : link.url;
      if (!url || seeAlso.some((s) => s.url === url)) continue;
      const candidate = seeAlsoSchema.safeParse({ title: link.title || url, url });
      if (candidate.success) seeAlso.push(candidate.data);
    }
    if (seeAlso.length > 0) slot.category.seeAlso = seeAlso;
  }

  const categoryList = [...categories.entries()]
    .filter(([, v]) => v.isNew || v.addedSubcategories.length > 0)
    .map(([id, v]) => ({ id, ...v }));
  for (const c of categoryList) {
    const checked = categorySchema.safeParse(c.category);
    if (!checked.success) {
      notes.push({ line: 1, column: 1, rule: 'schema', severity: 'warning', message: `category ${c.id}: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}` });
    }
  }
  return { groups: groupsChanged ? groups : null, categories: categoryList, newTags, files, notes, foldedSublinks };
}

/** Empty taxonomy, for importing into a new folder. */
export function emptyTaxonomy(): Taxonomy {
  return { groups: [], categories: new Map(), tags: new Set(), listed: new ListedProjects(), slugs: new Map(), categoryTags: new Map() };
}
