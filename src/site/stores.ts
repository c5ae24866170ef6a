/**
 * Reads the two stores the scripts write (activity.json by `npm run activity`, links.json by
 * `npm run links`) for the site. Both are optional: a fresh clone or an offline machine has no
 * data yet, and the site must still build and read well, so absence yields an empty store. A
 * store that exists but is malformed (or from a newer version) fails the build loudly instead of
 * silently hiding data.
 */
import path from 'node:path';
import { loadActivityStore } from '../activity/store.ts';
import { StoreError } from '../files/json-store.ts';
import { loadLinkStore } from '../links/store.ts';
import type { ActivityStore } from '../schemas/activity.ts';
import type { LinkStore } from '../schemas/link-status.ts';
import { contentDir } from './content-dir.ts';

/** Store errors fail the build as `path: message (fix: hint)`, never a half-empty site. */
function readStore<T>(load: (file: string) => T, file: string): T {
  try {
    return load(file);
  } catch (err) {
    if (err instanceof StoreError) throw new Error(`${err.path}: ${err.message} (fix: ${err.hint})`);
    throw err;
  }
}

/**
 * The activity store, or an empty one when it was never fetched. Read by the store's own loader
 * (src/files/json-store.ts), so the site and `npm run activity` agree on what a usable store is.
 */
export function loadActivity(dir = contentDir()): ActivityStore {
  return readStore(loadActivityStore, path.join(dir, 'data', 'activity.json'));
}

/** The link results store, or an empty one when links were never checked (same loader as `npm run links`). */
export function loadLinks(dir = contentDir()): LinkStore {
  return readStore(loadLinkStore, path.join(dir, 'data', 'links.json'));
}
