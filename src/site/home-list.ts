/**
 * Entry rows as HTML strings: the home list (every entry of the atlas, inside a 100 KB gzip
 * budget) and the shorter lists of category, tag and entry pages (src/components/Row.astro) share
 * this one row, so a row looks and reads the same everywhere and one set of styles serves them.
 *
 * The markup is final: the home page's script never rewrites a row, it only hides rows and moves
 * them between lists. Deflate pays for every break between repeated markup and varying text, so a
 * row has as few of them as HTML allows:
 *
 *   <li class=r><a href=/entries/web/fastapi/>FastAPI</a><em class=n>new</em> Description<b><i>12.2k</i> <i>37d</i> <i>371k</i> <i class=q1>94</i></b><a href=/tag/async/>async</a>
 *
 * - the description is the row's own text (no <p>), `</li>` is omitted (HTML allows it) and
 *   attribute values are unquoted where HTML allows it;
 * - figures are four cells "stars age downloads health" (empty when unknown), the health cell
 *   carrying its colour band; rows without any activity have no <b>;
 * - tags are links to their tag pages, straight after the figures, on every list but the home
 *   page's: there 3,300 tag links would cost ~11 KB gzip of the 100 KB budget (a tenth of the
 *   page), so the home shows them on entry pages only and its Tag menu loads who carries which tag
 *   from /home-tags.json when it is first needed (homeTagIndex below);
 * - the status travels as `class=r` (recommended; legacy has its badge, the rest is alternative),
 *   the flags as the badges themselves; only an archived project that is also stale, whose stale
 *   badge is not shown, carries `data-f`.
 * Decoding lives in src/site/list-state.ts (readRowFlags, readMetrics) so both ends are tested
 * together.
 */
import type { EntryView, GroupView } from './view-model.ts';
import { categoryHref, tagHref } from './view-model.ts';
import { compactNumber, shortAge } from './format.ts';
import { healthBand } from '../activity/health.ts';

/** What one row needs of an entry. */
export type HomeRowEntry = Pick<EntryView, 'href' | 'flags' | 'stars' | 'lastCommit' | 'downloads'> & {
  data: Pick<EntryView['data'], 'name' | 'description' | 'tags' | 'status'> & { category?: string };
  health: { score: number } | null;
  categoryTitle?: string;
};

export interface RowOptions {
  /** Site path -> URL (adds the deployment base). */
  link?: (path: string) => string;
  /** Name the category after the name (lists that mix categories, like tag pages). */
  category?: boolean;
  /** Tag links (default) or none (a tag page need not repeat its own tag on every row). */
  tags?: boolean;
}

/** Text content escaped for HTML (quotes need no escaping outside attributes). */
export function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An attribute value, unquoted when HTML allows it (no space, quote, `=`, `<`, `>` or backtick). */
export function attr(value: string): string {
  return value !== '' && /^[^\s"'=<>`]+$/.test(value) ? value : `"${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
}

/** The colour class of a health score: q1 healthy, q2 fair, q3 at risk. */
export function healthClass(score: number): 'q1' | 'q2' | 'q3' {
  return ({ healthy: 'q1', fair: 'q2', 'at-risk': 'q3' } as const)[healthBand(score)];
}

/** The four figure cells (stars, age of last commit, downloads, health), or null without activity. */
export function figureCells(e: HomeRowEntry, now: Date): [string, string, string, string] | null {
  if (e.stars === null && e.lastCommit === null && e.downloads === null && e.health === null) return null;
  return [
    e.stars !== null ? compactNumber(e.stars) : '',
    e.lastCommit ? shortAge(e.lastCommit, now) : '',
    e.downloads !== null ? compactNumber(e.downloads) : '',
    e.health ? String(e.health.score) : '',
  ];
}

/** One row (see the module comment for the format). */
export function entryRow(e: HomeRowEntry, now: Date, o: RowOptions = {}): string {
  const link = o.link ?? ((p: string) => p);
  const f = e.flags;
  let out = '<li';
  if (e.data.status === 'recommended') out += ' class=r';
  if (f.archived && f.stale) out += ' data-f=as';
  out += `><a href=${attr(link(e.href))}>${escapeText(e.data.name)}</a>`;
  if (o.category && e.data.category && e.categoryTitle) out += `<a class=ct href=${attr(link(categoryHref(e.data.category)))}>${escapeText(e.categoryTitle)}</a>`;
  if (f.new) out += '<em class=n>new</em>';
  if (f.archived) out += '<em class=a>archived</em>';
  else if (f.stale) out += '<em class=s>stale</em>';
  if (f.deprecated) out += '<em class=d>deprecated</em>';
  if (e.data.status === 'legacy') out += '<em class=l>legacy</em>';
  out += ` ${escapeText(e.data.description)}`;
  const cells = figureCells(e, now);
  if (cells) {
    const [s, a, d, h] = cells;
    out += `<b><i>${s}</i> <i>${a}</i> <i>${d}</i> ${e.health ? `<i class=${healthClass(e.health.score)}>${h}</i>` : '<i></i>'}</b>`;
  }
  if (o.tags !== false) for (const t of e.data.tags) out += `<a href=${attr(link(tagHref(t)))}>${escapeText(t)}</a>`;
  return out;
}

/**
 * The grouped home list: a section per group (id "g-<group>") holding a section per category (id
 * "<category>", its entry count in `--n` so offscreen sections can reserve about their height)
 * with its rows. Categories without entries and groups without categories are left out by the
 * caller.
 */
export function homeListHtml(groups: readonly GroupView[], now: Date, link: (path: string) => string = (p) => p): string {
  let out = '';
  for (const g of groups) {
    out += `<section class=grp id=g-${g.id}><h2>${escapeText(g.title)}</h2><a class=up href=#idx>Categories</a>`;
    for (const c of g.categories) {
      out += `<section class=cat id=${c.id} style=--n:${c.entries.length}><h3><a href=${attr(link(c.href))}>${escapeText(c.data.title)}</a> <small>${c.entries.length}</small></h3><ul class=l>`;
      for (const e of c.entries) out += entryRow(e, now, { link, tags: false });
      out += '</ul></section>';
    }
    out += '</section>';
  }
  return out;
}

/** What the home list shows: categories still waiting for their first entry have a page but no place in it. */
export function listedGroups(groups: readonly GroupView[]): GroupView[] {
  return groups.map((g) => ({ ...g, categories: g.categories.filter((c) => c.entries.length > 0) })).filter((g) => g.categories.length > 0);
}

/** Who carries which tag, for the home list's Tag menu (served as /home-tags.json). */
export interface HomeTagIndex {
  /** Rows in the home list: a reader built from another version of the list must not use it. */
  rows: number;
  /** Tag -> positions (0-based, curated order, as the home list shows them) of the rows carrying it. */
  tags: Record<string, number[]>;
}

/**
 * The tag index of the home list, in the order homeListHtml writes its rows: the page itself
 * carries no tags, so this small file, loaded when a tag filter is first needed, is what the Tag
 * menu and the tag filter read.
 */
export function homeTagIndex(groups: readonly GroupView[]): HomeTagIndex {
  const tags: Record<string, number[]> = {};
  let row = 0;
  for (const g of groups) for (const c of g.categories) for (const e of c.entries) {
    for (const t of e.data.tags) (tags[t] ??= []).push(row);
    row++;
  }
  const sorted = Object.fromEntries(Object.entries(tags).sort(([a], [b]) => a.localeCompare(b)));
  return { rows: row, tags: sorted };
}

/**
 * The map of the list: groups, then their categories with entry counts, each a link to its
 * section. The home script keeps the counts in step with the active filters.
 */
export function categoryIndexHtml(groups: readonly GroupView[]): string {
  let out = '<ul>';
  for (const g of groups) {
    out += `<li><a href=#g-${g.id}>${escapeText(g.title)}</a><ul>`;
    for (const c of g.categories) out += `<li><a href=#${c.id}>${escapeText(c.data.title)} <small>${c.entries.length}</small></a>`;
    out += '</ul>';
  }
  return `${out}</ul>`;
}
