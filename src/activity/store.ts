/**
 * Reads and writes the activity store, `content/data/activity.json` — this module is its only
 * writer (via `npm run activity`). Writes are atomic (temp file in the same folder, then rename),
 * so a run killed mid-write leaves the previous complete file; keys are written in a stable order
 * (entries by id, fields in schema order) so nightly commits diff cleanly.
 */
import { readFileSync } from 'node:fs';
import { writeFileAtomicSync } from '../files/atomic-write.ts';
import type { z } from 'zod';
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

/** The store before the first run (a missing file reads as this). */
export function emptyStore(): ActivityStore {
  return { fetchedAt: null, entries: {} };
}

/** Thrown when the store exists but cannot be trusted; the CLI prints it as `path message`. */
export class StoreError extends Error {
  readonly path: string;
  constructor(path: string, message: string) {
    super(message);
    this.name = 'StoreError';
    this.path = path;
  }
}

/** Loads the store; a missing file is an empty store, a corrupt one an error (never silently replaced). */
export function loadStore(path: string): ActivityStore {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return emptyStore();
    throw e;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new StoreError(path, `is not valid JSON (${(e as Error).message}); restore it from git or delete it to start over`);
  }
  const parsed = activityStoreSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new StoreError(path, `does not match the activity store schema at ${first?.path.join('.') || '(root)'}: ${first?.message}; restore it from git or delete it`);
  }
  return parsed.data;
}

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

/** The exact text written to disk (2-space JSON, trailing newline). */
export function serializeStore(store: ActivityStore): string {
  return `${JSON.stringify(canonicalStore(store), null, 2)}\n`;
}

/** Writes the store atomically: validate, write a temp file next to it, rename over it. */
export function writeStore(path: string, store: ActivityStore): void {
  const checked = activityStoreSchema.safeParse(store);
  if (!checked.success) {
    const first = checked.error.issues[0];
    throw new StoreError(path, `refusing to write an invalid store (${first?.path.join('.')}: ${first?.message})`);
  }
  writeFileAtomicSync(path, serializeStore(store));
}
