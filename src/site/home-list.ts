/**
 * The home page's list as one HTML string, shaped for gzip. The home carries every entry of the
 * list (1,391 with activity) inside a 100 KB gzip budget, and deflate pays for every break between
 * repeated markup and varying text, so a row has as few of them as HTML allows:
 *
 *   <li class=r><a href="/entries/web/fastapi/">FastAPI</a><em class=n>new</em> Description<b>12.2k 37d 371k 94</b><i> async api</i>
 *
 * - the description is the row's own text (no <p>), `</li>` is omitted (HTML allows it);
 * - figures are one text run "stars age downloads health" ("-" when unknown), tags one run of
 *   words; the list script (src/client/list.ts) turns them into cells, filter words and the health
 *   colour, and without JavaScript they still read as plain text next to the legend;
 * - the status travels as `class=r` (recommended; legacy has its badge, the rest is alternative),
 *   the flags as the badges themselves; only an archived project that is also stale, whose stale
 *   badge is not shown, carries `data-f`.
 * Decoding lives in src/site/list-state.ts (readHomeRow) so both ends are tested together.
 */
import type { EntryView, GroupView } from './view-model.ts';
import { compactNumber, shortAge } from './format.ts';

/** What one row needs of an entry. */
export type HomeRowEntry = Pick<EntryView, 'href' | 'flags' | 'stars' | 'lastCommit' | 'downloads'> & {
  data: Pick<EntryView['data'], 'name' | 'description' | 'tags' | 'status'>;
  health: { score: number } | null;
};

/** Text content escaped for HTML (quotes need no escaping outside attributes). */
export function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The figures of a row as one text run, or null when the entry has no activity at all. */
export function figuresText(e: HomeRowEntry, now: Date): string | null {
  if (e.stars === null && e.lastCommit === null && e.downloads === null && e.health === null) return null;
  const cells = [
    e.stars !== null ? compactNumber(e.stars) : '',
    e.lastCommit ? shortAge(e.lastCommit, now) : '',
    e.downloads !== null ? compactNumber(e.downloads) : '',
    e.health ? String(e.health.score) : '',
  ];
  return cells.map((c) => c || '-').join(' ');
}

/** One row of the home list (see the module comment for the format). */
export function homeRow(e: HomeRowEntry, now: Date, link: (path: string) => string = (p) => p): string {
  const f = e.flags;
  let out = '<li';
  if (e.data.status === 'recommended') out += ' class=r';
  if (f.archived && f.stale) out += ' data-f=as';
  out += `><a href="${link(e.href)}">${escapeText(e.data.name)}</a>`;
  if (f.new) out += '<em class=n>new</em>';
  if (f.archived) out += '<em class=a>archived</em>';
  else if (f.stale) out += '<em class=s>stale</em>';
  if (f.deprecated) out += '<em class=d>deprecated</em>';
  if (e.data.status === 'legacy') out += '<em class=l>legacy</em>';
  out += ` ${escapeText(e.data.description)}`;
  const figures = figuresText(e, now);
  if (figures !== null) out += `<b>${figures}</b>`;
  // The leading space keeps the last word of the description and the first tag apart without CSS.
  if (e.data.tags.length > 0) out += `<i> ${e.data.tags.join(' ')}</i>`;
  return out;
}

/**
 * The grouped list: a section per group (id "g-<group>") holding a section per category (id
 * "<category>") with its rows. Categories without entries and groups without categories are left
 * out by the caller.
 */
export function homeListHtml(groups: readonly GroupView[], now: Date, link: (path: string) => string = (p) => p): string {
  let out = '';
  for (const g of groups) {
    out += `<section class=grp id=g-${g.id}><h2>${escapeText(g.title)}</h2>`;
    for (const c of g.categories) {
      out += `<section class=cat id=${c.id}><h3><a href="${link(c.href)}">${escapeText(c.data.title)}</a><small>${c.entries.length}</small></h3><ul class=l>`;
      for (const e of c.entries) out += homeRow(e, now, link);
      out += '</ul></section>';
    }
    out += '</section>';
  }
  return out;
}
