/**
 * Entries move (a category merged, an entry re-filed) and the activity store is keyed by entry id,
 * so without this a move would orphan an entry's stars and downloads history and the next pruning
 * run would delete it. content/redirects.yaml already records every move; the activity command
 * carries each moved entry's block to its new id before fetching.
 */
import type { ActivityStore } from '../schemas/activity.ts';

/** Most redirect hops followed (a → b → c …); a longer or circular chain is left where it is. */
const MAX_HOPS = 10;

/**
 * The store with each entry found under an old id (`entries:` of redirects.yaml, old → new) moved
 * to the id it has now, following chains. A block already at the new id wins: it is newer. Moves
 * to a learning resource (`resources/…`) are not followed: resources have no activity.
 */
export function followMovedEntries(store: ActivityStore, moves: Readonly<Record<string, string>>): { store: ActivityStore; moved: Array<{ from: string; to: string }> } {
  const entries = { ...store.entries };
  const moved: Array<{ from: string; to: string }> = [];
  for (const from of Object.keys(store.entries)) {
    let to = from;
    for (let hop = 0; hop < MAX_HOPS && moves[to] !== undefined; hop++) to = moves[to]!;
    if (to === from || moves[to] !== undefined || to.startsWith('resources/')) continue;
    const block = entries[from]!;
    delete entries[from];
    if (entries[to] === undefined) {
      entries[to] = block;
      moved.push({ from, to });
    }
  }
  return { store: { ...store, entries }, moved };
}
