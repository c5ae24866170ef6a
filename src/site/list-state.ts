/**
 * The home list's sort and filter state, its URL form, and the pure decisions the browser makes
 * with it (which rows match, in which order). Shared by the server (which writes each row's keys
 * into compact data attributes) and the client script (which reads them back), so both sides agree
 * on one encoding and it is unit-tested without a browser.
 */

export const SORT_KEYS = ['default', 'name', 'stars', 'commit', 'downloads', 'health'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** Entry statuses plus activity flags: one "status" filter covers both, as readers think of them. */
export const STATUS_FILTERS = ['recommended', 'alternative', 'legacy', 'new', 'archived', 'stale', 'deprecated'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

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

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Reads a query string leniently: unknown or malformed values fall back to the default view. */
export function parseListState(search: string): ListState {
  const p = new URLSearchParams(search);
  const pick = (name: string) => {
    const v = p.get(name) ?? '';
    return ID.test(v) ? v : '';
  };
  const sort = p.get('sort') ?? '';
  const status = p.get('status') ?? '';
  return {
    sort: (SORT_KEYS as readonly string[]).includes(sort) ? (sort as SortKey) : 'default',
    group: pick('group'),
    cat: pick('cat'),
    tag: pick('tag'),
    status: (STATUS_FILTERS as readonly string[]).includes(status) ? (status as StatusFilter) : '',
    hide: p.get('hide') === '1',
  };
}

/** The shortest query string for a state ("" for the default view), in a fixed parameter order. */
export function serializeListState(state: ListState): string {
  const p = new URLSearchParams();
  if (state.sort !== 'default') p.set('sort', state.sort);
  if (state.group) p.set('group', state.group);
  if (state.cat) p.set('cat', state.cat);
  if (state.tag) p.set('tag', state.tag);
  if (state.status) p.set('status', state.status);
  if (state.hide) p.set('hide', '1');
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** One-letter activity flags stored in a row's `data-f`. */
export const FLAG_LETTERS = { archived: 'a', stale: 's', deprecated: 'd', new: 'n' } as const;
export type FlagName = keyof typeof FLAG_LETTERS;

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
 * Encodes the numeric keys as one attribute value ("81234 3 - 87"): four separate data-*
 * attributes on 680 rows cost kilobytes the home page budget does not have.
 */
export function encodeNumbers(keys: Pick<RowKeys, 'stars' | 'commit' | 'downloads' | 'health'>): string {
  return [keys.stars, keys.commit, keys.downloads, keys.health].map((n) => (n === null ? '-' : String(n))).join(' ');
}

/** Inverse of encodeNumbers; malformed parts read as "no data". */
export function decodeNumbers(value: string): Pick<RowKeys, 'stars' | 'commit' | 'downloads' | 'health'> {
  const [stars, commit, downloads, health] = value.split(' ').map((s) => {
    const n = Number(s);
    return s === '' || s === '-' || !Number.isFinite(n) ? null : n;
  });
  return { stars: stars ?? null, commit: commit ?? null, downloads: downloads ?? null, health: health ?? null };
}

const STATUS_LETTER = { recommended: 'r', alternative: 'a', legacy: 'l' } as const;

/** Entry status as a one-letter attribute value. */
export function statusLetter(status: RowKeys['status']): string {
  return STATUS_LETTER[status];
}

/** Inverse of statusLetter (unknown letters read as "alternative", the neutral middle). */
export function statusFromLetter(letter: string): RowKeys['status'] {
  return letter === 'r' ? 'recommended' : letter === 'l' ? 'legacy' : 'alternative';
}

/** Whether a row is shown under the given filters. */
export function rowMatches(row: RowKeys, state: ListState): boolean {
  if (state.group && row.group !== state.group) return false;
  if (state.cat && row.cat !== state.cat) return false;
  if (state.tag && !row.tags.includes(state.tag)) return false;
  if (state.hide && (row.flags.includes(FLAG_LETTERS.archived) || row.flags.includes(FLAG_LETTERS.stale))) return false;
  switch (state.status) {
    case '':
      return true;
    case 'recommended':
    case 'alternative':
    case 'legacy':
      return row.status === state.status;
    default:
      return row.flags.includes(FLAG_LETTERS[state.status]);
  }
}

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
        return a.name.localeCompare(b.name, 'en', { sensitivity: 'base', numeric: true });
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
