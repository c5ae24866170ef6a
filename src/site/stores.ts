/**
 * Reads the two stores the scripts write (activity.json by `npm run activity`, links.json by
 * `npm run links`) for the site. Both are optional: a fresh clone or an offline machine has no
 * data yet, and the site must still build and read well, so absence yields an empty store. A
 * store that exists but is malformed fails the build loudly instead of silently hiding data.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadStore as loadActivityStore, StoreError } from '../activity/store.ts';
import type { ActivityStore } from '../schemas/activity.ts';
import { linkStoreSchema, type LinkStore } from '../schemas/link-status.ts';
import { contentDir } from './content-dir.ts';

function readJson(file: string): unknown | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new Error(`${file}: not valid JSON (${(err as Error).message}); re-run the script that writes it`);
  }
}

/**
 * The activity store, or an empty one when it was never fetched. Read by the activity module's
 * own loader, so the site and `npm run activity` agree on what a usable store is.
 */
export function loadActivity(dir = contentDir()): ActivityStore {
  const file = path.join(dir, 'data', 'activity.json');
  try {
    return loadActivityStore(file);
  } catch (err) {
    if (err instanceof StoreError) throw new Error(`${err.path}: ${err.message}`);
    throw err;
  }
}

/** The link results store, or an empty one when links were never checked. */
export function loadLinks(dir = contentDir()): LinkStore {
  const file = path.join(dir, 'data', 'links.json');
  const raw = readJson(file);
  if (raw === undefined) return { version: 1, links: {} };
  const parsed = linkStoreSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`${file}: does not match src/schemas/link-status.ts: ${parsed.error.message}`);
  return parsed.data;
}
