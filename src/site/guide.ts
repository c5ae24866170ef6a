/**
 * The decision guide of a category page, and the comparison rows the entry page reuses: for each
 * use case (subcategory), the recommended pick first with its reason, then the rest side by side
 * with their pick lines and the figures that help choose (stars, last release, Python versions,
 * licence). Pure over the view model, so what is shown, and what counts as "no data", is decided
 * here and unit-tested; the components only print it.
 *
 * Absent is never zero: a figure the activity store does not have is `null`, and the page prints
 * it as a dash labelled "no data".
 */
import type { Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { EntryStatus } from '../schemas/entry.ts';
import { compactNumber, fullNumber, relativeTime } from './format.ts';
import type { CategoryView, EntryView } from './view-model.ts';

/** One figure as printed: short text, plus a machine-readable value where HTML has a place for it. */
export interface Figure {
  text: string;
  /** Longer wording for the title attribute ("12,345 GitHub stars"). */
  title?: string;
  /** ISO date for a `<time>` element. */
  datetime?: string;
  /** A version shown before the age ("1.2.3"). */
  version?: string;
}

export interface ComparisonRow {
  id: string;
  href: string;
  name: string;
  /** The entry's pick line (completes "Pick it when …"), or null while it has none. */
  pick: string | null;
  description: string;
  status: EntryStatus;
  /** Warnings worth seeing while choosing, in display order. */
  flags: Array<'archived' | 'stale' | 'deprecated'>;
  stars: Figure | null;
  release: Figure | null;
  python: Figure | null;
  licence: Figure | null;
}

export interface GuidePick {
  row: ComparisonRow;
  /** The first paragraph of the entry's note (Markdown, with the note's link definitions), or null. */
  reason: string | null;
}

export interface GuideSection {
  id: string;
  title: string;
  /** Number of entries in the use case. */
  count: number;
  /** The recommended entries, first. */
  picks: GuidePick[];
  /** Everything else, in the curated order. */
  rest: ComparisonRow[];
}

/** GitHub stars, when the store has them for a repository that still exists. */
export function starsFigure(e: EntryView): Figure | null {
  if (e.stars === null) return null;
  return { text: compactNumber(e.stars), title: `${fullNumber(e.stars)} GitHub stars` };
}

/**
 * The latest release: PyPI's version and upload time when the project is on PyPI, else GitHub's
 * latest release. A version without a date is still shown; nothing at all is null.
 */
export function releaseFigure(e: EntryView, now: Date): Figure | null {
  const py = e.activity?.pypi;
  if (py && !py.missing && (py.version || py.released)) return dated(py.version, py.released ?? null, now);
  const gh = e.activity?.github;
  const rel = gh && !gh.missing ? gh.latestRelease : null;
  if (rel && (rel.tag || rel.date)) return dated(rel.tag, rel.date, now);
  return null;
}

function dated(version: string | undefined, date: string | null, now: Date): Figure {
  const age = date ? relativeTime(date, now) : '';
  const out: Figure = { text: age || (version ?? '') };
  if (version && age) out.version = version;
  if (date && age) out.datetime = date;
  return out;
}

function compareVersions(a: string, b: string): number {
  const [am = 0, an = 0] = a.split('.').map(Number);
  const [bm = 0, bn = 0] = b.split('.').map(Number);
  return am - bm || an - bn;
}

/**
 * Classifier versions as short runs: ["3.10", "3.11", "3.12", "3.13"] → "3.10–3.13", a gap kept
 * visible ("3.8, 3.10–3.13") so the page never claims a version the project does not list.
 */
export function pythonVersionRange(versions: readonly string[]): string {
  const sorted = [...new Set(versions.filter((v) => /^\d+\.\d+$/.test(v)))].sort(compareVersions);
  const runs: string[][] = [];
  for (const v of sorted) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    const [lm, ln] = (last ?? '').split('.').map(Number);
    const [vm, vn] = v.split('.').map(Number);
    if (run && lm === vm && ln !== undefined && vn === ln + 1) run.push(v);
    else runs.push([v]);
  }
  return runs.map((r) => (r.length > 1 ? `${r[0]}–${r.at(-1)}` : r[0])).join(', ');
}

/** Supported Python versions: the classifiers when given, else `requires-python` (">=3.9" → "3.9+"). */
export function pythonFigure(e: EntryView): Figure | null {
  const py = e.activity?.pypi;
  if (!py || py.missing) return null;
  const range = pythonVersionRange(py.pythonVersions ?? []);
  if (range) return { text: range };
  const req = py.requiresPython?.trim();
  if (!req) return null;
  const floor = /^>=\s*(\d+\.\d+)(?:\.0)?$/.exec(req);
  return floor ? { text: `${floor[1]}+`, title: `requires Python ${req}` } : { text: req, title: `requires Python ${req}` };
}

/** The licence GitHub recognised (an SPDX id); GitHub's "not recognised" is stored as null. */
export function licenceFigure(e: EntryView): Figure | null {
  const gh = e.activity?.github;
  return gh && !gh.missing && gh.license ? { text: gh.license } : null;
}

/** One entry as a comparison row. */
export function comparisonRow(e: EntryView, now: Date): ComparisonRow {
  const flags: ComparisonRow['flags'] = [];
  if (e.flags.archived) flags.push('archived');
  else if (e.flags.stale) flags.push('stale');
  if (e.flags.deprecated) flags.push('deprecated');
  return {
    id: e.id,
    href: e.href,
    name: e.data.name,
    pick: e.data.pick ?? null,
    description: e.data.description,
    status: e.data.status,
    flags,
    stars: starsFigure(e),
    release: releaseFigure(e, now),
    python: pythonFigure(e),
    licence: licenceFigure(e),
  };
}

const parser = unified().use(remarkParse).use(remarkGfm).freeze();

/**
 * The first paragraph of a note, as Markdown: the part that says why to choose the entry. The
 * note's link reference definitions come along, so `[text][ref]` links still resolve.
 */
export function firstParagraph(note: string): string | null {
  if (note.trim() === '') return null;
  const tree = parser.parse(note) as Root;
  const source = (n: RootContent) => note.slice(n.position?.start.offset ?? 0, n.position?.end.offset ?? 0);
  const first = tree.children.find((n) => n.type === 'paragraph');
  if (!first) return null;
  const definitions = tree.children.filter((n) => n.type === 'definition').map(source);
  return [source(first), ...definitions].join('\n\n');
}

/** The decision guide of a category: one section per use case, recommended entries first. */
export function decisionGuide(category: CategoryView, now: Date): GuideSection[] {
  return category.sections.map((s) => {
    const picks = s.entries.filter((e) => e.data.status === 'recommended');
    return {
      id: s.id,
      title: s.title,
      count: s.entries.length,
      picks: picks.map((e) => ({ row: comparisonRow(e, now), reason: firstParagraph(e.note) })),
      rest: s.entries.filter((e) => e.data.status !== 'recommended').map((e) => comparisonRow(e, now)),
    };
  });
}
