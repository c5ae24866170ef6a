/**
 * What every rule sees: the parsed files, the indexes built once from them (category ids, tags,
 * groups, entry ids), a cached Markdown tree per body, and a helper that places a problem at a
 * YAML key path. Rules stay small because the look-ups live here.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { ContentFile } from './model.ts';
import type { Position, Problem, Severity } from './problem.ts';
import { locate } from './yaml-doc.ts';

/** A validator rule: one job, one id (its file name), pure over the context. */
export interface Rule {
  id: string;
  check(ctx: RuleContext): Problem[];
}

export interface RuleContext {
  files: readonly ContentFile[];
  entries: readonly ContentFile[];
  resources: readonly ContentFile[];
  categories: readonly ContentFile[];
  groupsFile: ContentFile | undefined;
  tagsFile: ContentFile | undefined;
  /** Whether problems in this file are reported (all files unless the CLI was given paths). */
  isSelected(file: ContentFile): boolean;
  /** Category ids: the file names in categories/. */
  categoryIds: ReadonlySet<string>;
  /** Declared subcategory ids per category id (absent for category files that did not parse). */
  subcategories: ReadonlyMap<string, ReadonlySet<string>>;
  /** Group ids from groups.yaml; null when groups.yaml is unusable (its own problem is reported). */
  groupIds: ReadonlySet<string> | null;
  /** Tag ids from tags.yaml; null when tags.yaml is unusable. */
  tagIds: ReadonlySet<string> | null;
  /** Entry ids (`<category>/<slug>`), from the file paths. */
  entryIds: ReadonlySet<string>;
  /** The instant the run treats as now (from the caller's clock; rules never read the real one). */
  now: Date;
  /** The body's Markdown tree (GFM), parsed once and cached; null for an empty body. */
  markdown(file: ContentFile): Root | null;
  /** Where a key path of the file's YAML is, for pointing a problem at it. */
  at(file: ContentFile, path: readonly PropertyKey[], target?: 'value' | 'key'): Position;
  problem(rule: string, file: ContentFile, pos: Position, message: string, hint: string, severity?: Severity): Problem;
}

/** A string field of a file's YAML, or undefined when absent or not a string. */
export function str(file: ContentFile, key: string): string | undefined {
  const v = file.raw?.[key];
  return typeof v === 'string' ? v : undefined;
}

/** Entry id (`web-frameworks/fastapi`) of a file under entries/ (model.ts decides ids). */
export function entryId(file: ContentFile): string {
  return file.id;
}

/** Category id of a file under categories/ (model.ts decides ids). */
export function categoryId(file: ContentFile): string {
  return file.id;
}

const markdownParser = unified().use(remarkParse).use(remarkGfm).freeze();

/**
 * Builds the context once per run; `selected` limits reporting to some files (null = all). `now`
 * comes from the entry point's clock (src/time/clock.ts), so date rules are testable and a build
 * a year ahead sees the same answer as one with ATLAS_NOW pinned.
 */
export function createContext(files: readonly ContentFile[], selected: ((file: ContentFile) => boolean) | null, now: Date): RuleContext {
  const entries = files.filter((f) => f.kind === 'entry');
  const resources = files.filter((f) => f.kind === 'resource');
  const categories = files.filter((f) => f.kind === 'category');
  const groupsFile = files.find((f) => f.kind === 'groups');
  const tagsFile = files.find((f) => f.kind === 'tags');

  const subcategories = new Map<string, Set<string>>();
  for (const c of categories) {
    // A category file that did not parse has its own problem; its entries are not judged by it.
    if (!c.raw) continue;
    const subs = new Set<string>();
    const list = c.raw?.subcategories;
    if (Array.isArray(list)) {
      for (const s of list) if (s && typeof s === 'object' && typeof (s as { id?: unknown }).id === 'string') subs.add((s as { id: string }).id);
    }
    subcategories.set(categoryId(c), subs);
  }

  let groupIds: Set<string> | null = null;
  const groupList = groupsFile?.raw?.groups;
  if (Array.isArray(groupList)) {
    groupIds = new Set();
    for (const g of groupList) if (g && typeof g === 'object' && typeof (g as { id?: unknown }).id === 'string') groupIds.add((g as { id: string }).id);
  }

  const tagIds = tagsFile?.raw ? new Set(Object.keys(tagsFile.raw)) : null;
  const trees = new Map<ContentFile, Root | null>();

  return {
    files,
    entries,
    resources,
    categories,
    groupsFile,
    tagsFile,
    isSelected: selected ?? (() => true),
    categoryIds: new Set(categories.map(categoryId)),
    subcategories,
    groupIds,
    tagIds,
    entryIds: new Set(entries.map(entryId)),
    now,
    markdown(file) {
      if (!trees.has(file)) trees.set(file, file.body.trim() === '' ? null : (markdownParser.parse(file.body) as Root));
      return trees.get(file) ?? null;
    },
    at(file, path, target = 'value') {
      return file.yaml ? locate(file.yaml, path, target) : { line: 1, col: 1 };
    },
    problem(rule, file, pos, message, hint, severity = 'error') {
      return { path: file.path, line: pos.line, col: pos.col, rule, severity, message, hint };
    },
  };
}

/** Converts a position inside the body's Markdown tree to a file position. */
export function bodyPosition(file: ContentFile, point: { line: number; column: number } | undefined): Position {
  return point ? { line: file.bodyLine + point.line - 1, col: point.column } : { line: file.bodyLine, col: 1 };
}
