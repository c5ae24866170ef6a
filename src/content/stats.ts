/**
 * Counts that say how complete the list is (entries, categories, groups, resources, notes, the
 * thinnest categories, the spread across groups) and the targets from the content issue, so
 * `npm run stats` can print them and `--check` can hold the list to them.
 */
import { categoryId } from './context.ts';
import type { ContentFile } from './model.ts';

export interface GroupStats {
  id: string;
  title: string;
  categories: number;
  entries: number;
}

export interface ContentStats {
  entries: number;
  categories: number;
  groups: number;
  resources: number;
  /** Entries whose Markdown body (the note) is not empty. */
  notes: number;
  /** Fewest entries in any category (0 when there are no categories). */
  minEntriesPerCategory: number;
  /** Categories under the minimum, fewest first. */
  smallCategories: Array<{ id: string; entries: number }>;
  perGroup: GroupStats[];
  perCategory: Array<{ id: string; group: string | null; entries: number }>;
}

/** Targets from the content issue: the list is "done" when every one is met. */
export const TARGETS = { entries: 650, categories: 75, resources: 30, minEntriesPerCategory: 3, notes: 100 } as const;

function field(file: ContentFile, key: string): string | null {
  const v = file.raw?.[key];
  return typeof v === 'string' ? v : null;
}

/** Computes the counts from parsed content (files that failed to parse are not counted). */
export function computeStats(files: readonly ContentFile[]): ContentStats {
  const entries = files.filter((f) => f.kind === 'entry');
  const categories = files.filter((f) => f.kind === 'category');
  const resources = files.filter((f) => f.kind === 'resource');
  const groupsRaw = files.find((f) => f.kind === 'groups')?.raw?.groups;
  const groups = Array.isArray(groupsRaw)
    ? groupsRaw.flatMap((g: unknown) => {
        const o = g as { id?: unknown; title?: unknown; order?: unknown } | null;
        return o && typeof o.id === 'string' ? [{ id: o.id, title: typeof o.title === 'string' ? o.title : o.id, order: typeof o.order === 'number' ? o.order : 0 }] : [];
      })
    : [];

  const perCategoryCount = new Map<string, number>(categories.map((c) => [categoryId(c), 0]));
  for (const e of entries) {
    const id = field(e, 'category') ?? e.rel.split('/')[1]!;
    if (perCategoryCount.has(id)) perCategoryCount.set(id, perCategoryCount.get(id)! + 1);
  }
  const perCategory = categories
    .map((c) => ({ id: categoryId(c), group: field(c, 'group'), entries: perCategoryCount.get(categoryId(c)) ?? 0 }))
    .sort((a, b) => a.entries - b.entries || (a.id < b.id ? -1 : 1));

  const perGroup = [...groups]
    .sort((a, b) => a.order - b.order)
    .map((g) => {
      const cats = perCategory.filter((c) => c.group === g.id);
      return { id: g.id, title: g.title, categories: cats.length, entries: cats.reduce((n, c) => n + c.entries, 0) };
    });

  return {
    entries: entries.length,
    categories: categories.length,
    groups: groups.length,
    resources: resources.length,
    notes: entries.filter((e) => e.body.trim() !== '').length,
    minEntriesPerCategory: perCategory.length ? perCategory[0]!.entries : 0,
    smallCategories: perCategory.filter((c) => c.entries < TARGETS.minEntriesPerCategory).map(({ id, entries: n }) => ({ id, entries: n })),
    perGroup,
    perCategory,
  };
}

/** The targets not met, as readable lines (empty when all are met). */
export function unmetTargets(stats: ContentStats): string[] {
  const out: string[] = [];
  if (stats.entries < TARGETS.entries) out.push(`entries: ${stats.entries} < ${TARGETS.entries}`);
  if (stats.categories < TARGETS.categories) out.push(`categories: ${stats.categories} < ${TARGETS.categories}`);
  if (stats.resources < TARGETS.resources) out.push(`resources: ${stats.resources} < ${TARGETS.resources}`);
  if (stats.notes < TARGETS.notes) out.push(`notes: ${stats.notes} < ${TARGETS.notes}`);
  if (stats.smallCategories.length) {
    out.push(`categories under ${TARGETS.minEntriesPerCategory} entries: ${stats.smallCategories.map((c) => `${c.id} (${c.entries})`).join(', ')}`);
  }
  return out;
}

/** Plain-text report for the terminal. */
export function formatStats(stats: ContentStats): string {
  const lines = [
    `entries      ${stats.entries}`,
    `categories   ${stats.categories}`,
    `groups       ${stats.groups}`,
    `resources    ${stats.resources}`,
    `notes        ${stats.notes}`,
    `min entries per category  ${stats.minEntriesPerCategory}`,
  ];
  if (stats.smallCategories.length) {
    lines.push(`categories under ${TARGETS.minEntriesPerCategory}: ${stats.smallCategories.map((c) => `${c.id} (${c.entries})`).join(', ')}`);
  }
  lines.push('', 'per group:');
  const width = Math.max(0, ...stats.perGroup.map((g) => g.title.length));
  for (const g of stats.perGroup) lines.push(`  ${g.title.padEnd(width)}  ${String(g.categories).padStart(3)} categories  ${String(g.entries).padStart(5)} entries`);
  const orphans = stats.perCategory.filter((c) => !stats.perGroup.some((g) => g.id === c.group));
  if (orphans.length) lines.push(`  (no known group)  ${orphans.map((c) => c.id).join(', ')}`);
  return lines.join('\n') + '\n';
}
