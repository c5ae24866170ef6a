/**
 * Reads and writes the activity store, `content/data/activity.json` — this module is its only
 * writer (via `npm run activity`), through src/files/json-store.ts. Writes are atomic (temp file
 * in the same folder, then rename),
 * so a run killed mid-write leaves the previous complete file; keys are written in a stable order
 * (entries by id, fields in schema order) so nightly commits diff cleanly.
 */
import type { z } from 'zod';
import { loadJsonStore, writeJsonStore, type StoreSpec } from '../files/json-store.ts';
import {
  activityStoreSchema,
  entryActivitySchema,
  githubActivitySchema,
  historyPointSchema,
  pypiActivitySchema,
  type ActivityStore,
  type EntryActivity,
} from '../schemas/activity.ts';

export const DEFAULT_STORE_PATH = 'content/data/activity.json';

function ordered<T extends object>(value: T, schema: z.ZodObject): T {
  const out: Record<string, unknown> = {};
  const src = value as Record<string, unknown>;
  for (const key of Object.keys(schema.shape)) if (src[key] !== undefined) out[key] = src[key];
  for (const key of Object.keys(src).sort()) if (!(key in out) && src[key] !== undefined) out[key] = src[key];
  return out as T;
}

function orderedEntry(e: EntryActivity): EntryActivity {
  const copy: EntryActivity = { ...e };
  if (e.github) copy.github = ordered(e.github, githubActivitySchema);
  if (e.pypi) copy.pypi = ordered(e.pypi, pypiActivitySchema);
  if (e.history) copy.history = e.history.map((p) => ordered(p, historyPointSchema));
  return ordered(copy, entryActivitySchema);
}

/** The store with entries sorted by id and every object's keys in schema order. */
export function canonicalStore(store: ActivityStore): ActivityStore {
  const entries: ActivityStore['entries'] = {};
  for (const id of Object.keys(store.entries).sort()) entries[id] = orderedEntry(store.entries[id]!);
  return { fetchedAt: store.fetchedAt, entries };
}

/** The activity store file: 2-space JSON in canonical order, trailing newline. */
export const activityStoreSpec: StoreSpec<ActivityStore> = {
  what: 'activity store',
  schema: activityStoreSchema,
  empty: () => ({ fetchedAt: null, entries: {} }),
  serialize: (store) => `${JSON.stringify(canonicalStore(store), null, 2)}\n`,
};

/** Loads the store; a missing file is an empty store, a corrupt one a StoreError (never silently replaced). */
export function loadActivityStore(path: string): ActivityStore {
  return loadJsonStore(path, activityStoreSpec);
}

/** Writes the store atomically: validate, write a temp file next to it, rename over it. */
export function writeActivityStore(path: string, store: ActivityStore): void {
  writeJsonStore(path, activityStoreSpec, store);
}
