/**
 * The curated order of entries inside a category or use case: recommended first, then
 * alternatives, then legacy; by name within each (case-insensitive, numbers by value so "Py2"
 * comes before "Py10"). The site and the README both list entries in this order, so a reader
 * sees the same list on GitHub and on the web.
 */
import type { Entry } from '../schemas/entry.ts';

const STATUS_RANK: Record<Entry['status'], number> = { recommended: 0, alternative: 1, legacy: 2 };

/** Sort comparator for entries in their curated order (ties broken by code point, so it is total). */
export function compareEntryOrder(a: Pick<Entry, 'status' | 'name'>, b: Pick<Entry, 'status' | 'name'>): number {
  return (
    STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
    a.name.localeCompare(b.name, 'en', { sensitivity: 'base', numeric: true }) ||
    (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
  );
}
