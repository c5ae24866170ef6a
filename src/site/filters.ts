/**
 * One filter vocabulary for the home list and the /search/ page: the same URL parameters
 * (`?group=…&cat=…&tag=…&status=…`, ids only, so a link survives a title change), the same status
 * values and labels, and the same decision of which entries a filter keeps. The labels of groups,
 * categories and tags come from content (their titles; tags show their ids); only the field and
 * status labels are defined here. Pure: the server, the client scripts and the tests share it.
 */

/** URL parameter names, in the order they are written. */
export const FILTER_KEYS = ['group', 'cat', 'tag', 'status'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Form labels, and the label of the "no filter" choice, per filter. */
export const FILTER_LABELS: Readonly<Record<FilterKey, { label: string; any: string }>> = {
  group: { label: 'Group', any: 'All groups' },
  cat: { label: 'Category', any: 'All categories' },
  tag: { label: 'Tag', any: 'All tags' },
  status: { label: 'Status', any: 'Any status' },
};

/** Entry statuses plus activity flags: one "status" filter covers both, as readers think of them. */
export const STATUS_FILTERS = ['recommended', 'alternative', 'legacy', 'new', 'archived', 'stale', 'deprecated'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export const STATUS_LABELS: Readonly<Record<StatusFilter, string>> = {
  recommended: 'Recommended',
  alternative: 'Alternative',
  legacy: 'Legacy',
  new: 'New',
  archived: 'Archived',
  stale: 'Stale',
  deprecated: 'Deprecated',
};

/** Status filters that only mean something once the activity store has data. */
export const ACTIVITY_STATUSES: ReadonlySet<StatusFilter> = new Set(['archived', 'stale', 'deprecated']);

/** One-letter activity flags, as rows and the search catalogue carry them. */
export const FLAG_LETTERS = { archived: 'a', stale: 's', deprecated: 'd', new: 'n' } as const;

export interface Filters {
  group: string;
  cat: string;
  tag: string;
  status: StatusFilter | '';
}

export const NO_FILTERS: Readonly<Filters> = { group: '', cat: '', tag: '', status: '' };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Reads the filters of a query string leniently: a malformed or unknown value means "no filter". */
export function parseFilters(search: string | URLSearchParams): Filters {
  const p = typeof search === 'string' ? new URLSearchParams(search) : search;
  const id = (name: FilterKey) => {
    const v = p.get(name) ?? '';
    return ID.test(v) ? v : '';
  };
  const status = p.get('status') ?? '';
  return {
    group: id('group'),
    cat: id('cat'),
    tag: id('tag'),
    status: (STATUS_FILTERS as readonly string[]).includes(status) ? (status as StatusFilter) : '',
  };
}

/** Writes the set filters into `params` in FILTER_KEYS order (unset ones are left out). */
export function writeFilters(filters: Filters, params: URLSearchParams): void {
  for (const k of FILTER_KEYS) if (filters[k]) params.set(k, filters[k]);
}

/** What a filter looks at in an entry. */
export interface Filterable {
  group: string;
  cat: string;
  tags: readonly string[];
  status: 'recommended' | 'alternative' | 'legacy';
  /** Activity flag letters (FLAG_LETTERS). */
  flags: string;
}

/** Whether an entry is kept by the filters. */
export function matchesFilters(item: Filterable, f: Filters): boolean {
  if (f.group && item.group !== f.group) return false;
  if (f.cat && item.cat !== f.cat) return false;
  if (f.tag && !item.tags.includes(f.tag)) return false;
  switch (f.status) {
    case '':
      return true;
    case 'recommended':
    case 'alternative':
    case 'legacy':
      return item.status === f.status;
    default:
      return item.flags.includes(FLAG_LETTERS[f.status]);
  }
}
