/**
 * The home list's sort and filter state, its URL form, and the pure decisions the browser makes
 * with it (which rows match, in which order, what a row's marks and figures mean). The server
 * writes rows (src/site/home-list.ts) and the client script reads them back with these functions,
 * so both sides agree on one encoding and it is unit-tested without a browser. The filters (URL
 * parameters, status values, which entries a filter keeps) are the site's one vocabulary,
 * src/site/filters.ts, shared with /search/; the home adds its sort and "hide stale & archived".
 */
import { FLAG_LETTERS, STATUS_FILTERS, matchesFilters, parseFilters, writeFilters, type StatusFilter } from './filters.ts';

export { FLAG_LETTERS, STATUS_FILTERS, type StatusFilter };

export const SORT_KEYS = ['default', 'name', 'stars', 'commit', 'downloads', 'health'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface ListState {
  sort: SortKey;
  group: string;
  cat: string;
  tag: string;
  status: StatusFilter | '';
  /** Hide stale and archived projects. */
  hide: boolean;
}

export const DEFAULT_STATE: Readonly<ListState> = { sort: 'default', group: '', cat: '', tag: '', status: '', hide: false };

/** Reads a query string leniently: unknown or malformed values fall back to the default view. */
export function parseListState(search: string): ListState {
  const p = new URLSearchParams(search);
  const sort = p.get('sort') ?? '';
  return {
    sort: (SORT_KEYS as readonly string[]).includes(sort) ? (sort as SortKey) : 'default',
    ...parseFilters(p),
    hide: p.get('hide') === '1',
  };
}

/** The shortest query string for a state ("" for the default view): sort, the filters in their shared order, hide. */
export function serializeListState(state: ListState): string {
  const p = new URLSearchParams();
  if (state.sort !== 'default') p.set('sort', state.sort);
  writeFilters(state, p);
  if (state.hide) p.set('hide', '1');
  const s = p.toString();
  return s ? `?${s}` : '';
}


/** The sort keys of one row; null means "no data", which always sorts last. */
export interface RowKeys {
  name: string;
  group: string;
  cat: string;
  tags: readonly string[];
  status: 'recommended' | 'alternative' | 'legacy';
  flags: string;
  stars: number | null;
  /** Days since the last commit. */
  commit: number | null;
  downloads: number | null;
  health: number | null;
  /** Position in the default (curated) order. */
  order: number;
}

/**
 * Reads a compact figure back ("12.2k" -> 12200, "4.5M" -> 4500000, "" -> null). The list sorts
 * on the figures it shows instead of carrying exact values in data attributes: exact keys for
 * 1,000+ rows cost ~17 KB gzip of the home page budget, and a reader cannot see the difference
 * between 12,155 and 12,160 stars anyway (ties fall back to the curated order).
 */
export function parseCompact(text: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kMB]?)\s*$/.exec(text);
  if (!m) return null;
  const scale = { '': 1, k: 1e3, M: 1e6, B: 1e9 }[m[2] as '' | 'k' | 'M' | 'B'];
  return Math.round(Number(m[1]) * scale);
}

/** Reads a compact age back into days ("today" 0, "37d", "5mo", "3y"); null when absent. */
export function parseAge(text: string): number | null {
  const t = text.trim();
  if (t === 'today') return 0;
  const m = /^(\d+)(d|mo|y)$/.exec(t);
  if (!m) return null;
  const n = Number(m[1]);
  return m[2] === 'd' ? n : m[2] === 'mo' ? Math.round(n * 30.44) : Math.round(n * 365.25);
}

/** The numeric sort keys of a row from the texts of its metric cells (stars, age, downloads, health). */
export function readMetrics(cells: readonly string[]): Pick<RowKeys, 'stars' | 'commit' | 'downloads' | 'health'> {
  const health = (cells[3] ?? '').trim();
  return {
    stars: parseCompact(cells[0] ?? ''),
    commit: parseAge(cells[1] ?? ''),
    downloads: parseCompact(cells[2] ?? ''),
    health: /^\d+$/.test(health) ? Number(health) : null,
  };
}

/** Whether a row is shown under the given filters. */
export function rowMatches(row: RowKeys, state: ListState): boolean {
  if (state.hide && (row.flags.includes(FLAG_LETTERS.archived) || row.flags.includes(FLAG_LETTERS.stale))) return false;
  return matchesFilters(row, state);
}

// One collator for every comparison: localeCompare with options builds a new one per call, which
// made sorting 1,400 rows by name take half a second.
const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Compare two numbers, missing values last whatever the direction. */
function byNumber(a: number | null, b: number | null, descending: boolean): number {
  if (a === null || b === null) return a === null ? (b === null ? 0 : 1) : -1;
  return descending ? b - a : a - b;
}

/**
 * Comparator for a sort key. Every key has its natural direction (most stars, most recent commit,
 * most downloads, best health first; names A–Z); ties fall back to the curated order, so a sort is
 * stable and deterministic.
 */
export function compareRows(sort: SortKey): (a: RowKeys, b: RowKeys) => number {
  const primary = (a: RowKeys, b: RowKeys): number => {
    switch (sort) {
      case 'name':
        return byName.compare(a.name, b.name);
      case 'stars':
        return byNumber(a.stars, b.stars, true);
      case 'commit':
        return byNumber(a.commit, b.commit, false);
      case 'downloads':
        return byNumber(a.downloads, b.downloads, true);
      case 'health':
        return byNumber(a.health, b.health, true);
      default:
        return 0;
    }
  };
  return (a, b) => primary(a, b) || a.order - b.order;
}

/** What the list script reads off a row (src/site/home-list.ts writes it) to filter it. */
export interface RowMarks {
  /** The row has `class=r`. */
  recommended: boolean;
  /** Classes of the row's badges, in order ("n", "a", "s", "d", "l"). */
  badges: readonly string[];
  /** The row's `data-f`, set only where a badge does not say it (archived and also stale). */
  extraFlags: string;
}

/**
 * The status and flags of a row from its marks. The badges double as flags and the legacy status,
 * so the HTML states each fact once.
 */
export function readRowMarks(p: RowMarks): Pick<RowKeys, 'status' | 'flags'> {
  const have = new Set([...p.badges, ...p.extraFlags]);
  return {
    status: p.recommended ? 'recommended' : p.badges.includes('l') ? 'legacy' : 'alternative',
    flags: (['a', 's', 'd', 'n'] as const).filter((l) => have.has(l)).join(''),
  };
}
