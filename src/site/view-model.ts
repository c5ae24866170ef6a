/**
 * Builds the site's view model from the content collections and the two stores (activity,
 * links): every page reads this one structure, so "is it stale", "what is new" and "what order"
 * are decided once, here, by pure code that unit tests can exercise without Astro.
 */
import type { Entry } from '../schemas/entry.ts';
import type { Category, Group, Subcategory } from '../schemas/category.ts';
import type { ActivityStore, EntryActivity } from '../schemas/activity.ts';
import type { LinkRecord, LinkStore } from '../schemas/link-status.ts';
import { activitySignals, healthScore, type ActivitySignals, type HealthScore } from '../activity/health.ts';
import { daysSince } from './format.ts';
import { linkTarget } from '../identity/url.ts';
import { compareEntryOrder } from '../content/entry-order.ts';

/** An entry is "new" for this many days after it was added (unless it came with the launch). */
export const NEW_DAYS = 30;

export interface AtlasInput {
  entries: ReadonlyArray<{ id: string; data: Entry; body?: string | undefined }>;
  categories: ReadonlyArray<{ id: string; data: Category }>;
  groups: ReadonlyArray<{ id: string; data: Group }>;
  tags: Readonly<Record<string, string>>;
  activity: ActivityStore;
  links: LinkStore;
  now: Date;
}

export interface EntryFlags {
  archived: boolean;
  stale: boolean;
  deprecated: boolean;
  new: boolean;
}

export interface LinkView {
  label: string;
  url: string;
  record: LinkRecord | null;
}

export interface EntryView {
  /** Path under content/entries without `.md`, e.g. `web-frameworks/fastapi`. */
  id: string;
  href: string;
  data: Entry;
  note: string;
  groupId: string;
  categoryTitle: string;
  subcategoryTitle: string | null;
  activity: EntryActivity | null;
  stars: number | null;
  lastCommit: string | null;
  commitDays: number | null;
  downloads: number | null;
  health: HealthScore | null;
  signals: ActivitySignals | null;
  flags: EntryFlags;
  links: LinkView[];
  /** Position in the curated order of the whole list. */
  order: number;
}

export interface SubcategoryView {
  id: string;
  title: string;
  entries: EntryView[];
}

export interface CategoryView {
  id: string;
  href: string;
  data: Category;
  groupTitle: string;
  entries: EntryView[];
  /** Declared subcategories (those with entries), then "Other" for entries without one. */
  sections: SubcategoryView[];
}

export interface GroupView {
  id: string;
  title: string;
  categories: CategoryView[];
}

export interface Atlas {
  now: Date;
  groups: GroupView[];
  categories: CategoryView[];
  entries: EntryView[];
  byId: Map<string, EntryView>;
  tags: Readonly<Record<string, string>>;
  /** Tag -> entries using it, tags sorted by name. */
  tagIndex: Map<string, EntryView[]>;
  /** When activity was last fetched, if ever. */
  activityFetchedAt: string | null;
  hasActivity: boolean;
  /** Newest link check in the store, if any. */
  linksCheckedAt: string | null;
  /** The date the first entries were added: entries from that day are not flagged "new". */
  launchDate: string | null;
}

/** Curated order inside a category (src/content/entry-order.ts), the README's order too. */
export function compareEntries(a: { data: Entry }, b: { data: Entry }): number {
  return compareEntryOrder(a.data, b.data);
}

/**
 * "New" means added in the last NEW_DAYS days, but not on the launch date: when the whole list
 * was imported on one day, badging every row "new" would say nothing.
 */
export function isNewEntry(added: string, launchDate: string | null, now: Date): boolean {
  if (launchDate !== null && added <= launchDate) return false;
  const days = daysSince(`${added}T00:00:00Z`, now);
  return days !== null && days <= NEW_DAYS;
}

/** Site path of an entry page. */
export function entryHref(id: string): string {
  return `/entries/${id}/`;
}

/** Site path of a category page. */
export function categoryHref(id: string): string {
  return `/category/${id}/`;
}

/** Site path of a tag page. */
export function tagHref(tag: string): string {
  return `/tag/${tag}/`;
}

/** The PyPI project page of a distribution. */
export function pypiUrl(name: string): string {
  return `https://pypi.org/project/${name}/`;
}

/**
 * Finds the link checker's record for a URL: under the checker's own normalised key
 * (src/identity/url.ts), else as written, else with or without its trailing slash.
 */
export function findLinkRecord(links: LinkStore, url: string): LinkRecord | null {
  const alt = url.endsWith('/') ? url.slice(0, -1) : `${url}/`;
  const key = linkTarget(url)?.key;
  return (key ? links.links[key] : undefined) ?? links.links[url] ?? links.links[alt] ?? null;
}

function lastCommitOf(a: EntryActivity | null): string | null {
  const gh = a?.github;
  if (!gh || gh.missing) return null;
  return gh.lastCommit ?? gh.pushedAt ?? null;
}

/** Assembles the whole view model; entries of unknown categories are left out (the validator reports them). */
export function buildAtlas(input: AtlasInput): Atlas {
  const { now } = input;
  const groupsSorted = [...input.groups].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
  const groupTitle = new Map(groupsSorted.map((g) => [g.id, g.data.title]));
  const categoriesSorted = [...input.categories].sort((a, b) => {
    const ga = groupsSorted.findIndex((g) => g.id === a.data.group);
    const gb = groupsSorted.findIndex((g) => g.id === b.data.group);
    return ga - gb || a.data.order - b.data.order || a.data.title.localeCompare(b.data.title);
  });
  const categoryById = new Map(categoriesSorted.map((c) => [c.id, c]));

  const launchDate = input.entries.reduce<string | null>((min, e) => (min === null || e.data.added < min ? e.data.added : min), null);
  const hasActivity = Object.keys(input.activity.entries).length > 0;

  const views: EntryView[] = [];
  for (const e of input.entries) {
    const cat = categoryById.get(e.data.category);
    if (!cat) continue;
    const activity = input.activity.entries[e.id] ?? null;
    const signals = activity ? activitySignals(activity, now) : null;
    const health = activity ? healthScore(activity, now) : null;
    const gh = activity?.github;
    const py = activity?.pypi;
    const lastCommit = lastCommitOf(activity);
    const sub: Subcategory | undefined = cat.data.subcategories?.find((s) => s.id === e.data.subcategory);
    const linkTargets: Array<[string, string | undefined]> = [
      ['Homepage', e.data.url],
      ['Repository', e.data.repo],
      ['Documentation', e.data.docs],
      ['PyPI', e.data.pypi ? pypiUrl(e.data.pypi) : undefined],
    ];
    views.push({
      id: e.id,
      href: entryHref(e.id),
      data: e.data,
      note: (e.body ?? '').trim(),
      groupId: cat.data.group,
      categoryTitle: cat.data.title,
      subcategoryTitle: sub?.title ?? null,
      activity,
      stars: gh && !gh.missing && typeof gh.stars === 'number' ? gh.stars : null,
      lastCommit,
      commitDays: daysSince(lastCommit, now),
      downloads: py && !py.missing && typeof py.monthlyDownloads === 'number' ? py.monthlyDownloads : null,
      health,
      signals,
      flags: {
        archived: signals?.archived ?? false,
        stale: signals?.stale ?? false,
        deprecated: signals?.deprecated ?? false,
        new: isNewEntry(e.data.added, launchDate, now),
      },
      links: linkTargets
        .filter((t): t is [string, string] => typeof t[1] === 'string')
        .map(([label, url]) => ({ label, url, record: findLinkRecord(input.links, url) })),
      order: 0,
    });
  }

  const categories: CategoryView[] = categoriesSorted.map((c) => {
    const entries = views.filter((v) => v.data.category === c.id).sort(compareEntries);
    const sections: SubcategoryView[] = (c.data.subcategories ?? [])
      .map((s) => ({ id: s.id, title: s.title, entries: entries.filter((e) => e.data.subcategory === s.id) }))
      .filter((s) => s.entries.length > 0);
    const declared = new Set(sections.map((s) => s.id));
    const rest = entries.filter((e) => !e.data.subcategory || !declared.has(e.data.subcategory));
    if (rest.length > 0) sections.push({ id: 'other', title: sections.length > 0 ? 'Other' : 'All', entries: rest });
    return { id: c.id, href: categoryHref(c.id), data: c.data, groupTitle: groupTitle.get(c.data.group) ?? c.data.group, entries, sections };
  });

  const groups: GroupView[] = groupsSorted
    .map((g) => ({ id: g.id, title: g.data.title, categories: categories.filter((c) => c.data.group === g.id) }))
    .filter((g) => g.categories.length > 0);

  // The curated order of the whole list: groups, then categories, then entries within each.
  const ordered = groups.flatMap((g) => g.categories.flatMap((c) => c.entries));
  ordered.forEach((v, i) => (v.order = i));

  const tagIndex = new Map<string, EntryView[]>();
  for (const v of ordered) {
    for (const t of v.data.tags) {
      const list = tagIndex.get(t) ?? [];
      list.push(v);
      tagIndex.set(t, list);
    }
  }
  const sortedTagIndex = new Map([...tagIndex.entries()].sort(([a], [b]) => a.localeCompare(b)));

  const checked = Object.values(input.links.links).map((r) => r.checkedAt).sort();
  return {
    now,
    groups,
    categories,
    entries: ordered,
    byId: new Map(ordered.map((v) => [v.id, v])),
    tags: input.tags,
    tagIndex: sortedTagIndex,
    activityFetchedAt: input.activity.fetchedAt,
    hasActivity,
    linksCheckedAt: checked.at(-1) ?? null,
    launchDate,
  };
}

/** Other entries for the same use case: the same subcategory, or the same category when it has none. */
export function alternativesFor(atlas: Atlas, entry: EntryView, limit = 8): EntryView[] {
  const cat = atlas.categories.find((c) => c.id === entry.data.category);
  if (!cat) return [];
  const pool = cat.entries.filter((e) => e.id !== entry.id);
  const same = entry.data.subcategory ? pool.filter((e) => e.data.subcategory === entry.data.subcategory) : pool;
  return (same.length > 0 ? same : pool).slice(0, limit);
}
