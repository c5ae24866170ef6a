/**
 * The one way a data store (`content/data/links.json`, `content/data/activity.json`) is read and
 * written. Reading: a missing file is the empty store; a file that is not valid JSON, does not
 * match its schema, or was written by a newer version is a `StoreError` naming the file and how
 * to recover (`git checkout -- <file>`) — never silently replaced, because the nightly would then
 * commit an empty store and lose every failure count and history point. An older version is
 * migrated step by step. Writing: validated, then atomic (temp file + rename). Each store module
 * (src/links/store.ts, src/activity/store.ts) describes its file with a `StoreSpec`.
 */
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { writeFileAtomicSync } from './atomic-write.ts';

/** A store exists but cannot be trusted (or cannot be written): what, and how to recover. */
export class StoreError extends Error {
  readonly path: string;
  readonly hint: string;
  constructor(path: string, message: string, hint: string, cause?: unknown) {
    super(message, { cause });
    this.name = 'StoreError';
    this.path = path;
    this.hint = hint;
  }
}

export interface StoreSpec<T> {
  /** What the file is, for messages: "link store". */
  what: string;
  schema: z.ZodType<T>;
  empty(): T;
  /** The exact text written (stable order, trailing newline). */
  serialize(value: T): string;
  /** Versioned stores: the version this code writes, and how to lift each older one by one step. */
  version?: { current: number; migrations?: Readonly<Record<number, (old: Record<string, unknown>) => Record<string, unknown>>> };
  /** The reset a command offers (`--reset-store`), named in the recovery hint. */
  resetOption?: string;
}

function recovery(path: string, spec: StoreSpec<unknown>): string {
  const reset = spec.resetOption ? `, or run with ${spec.resetOption} to start from an empty store` : ', or delete it to start from an empty store';
  return `restore it from git (git checkout -- ${path})${reset}`;
}

/**
 * Reads a store: missing = empty; anything untrustworthy throws StoreError. `path` is shown as
 * given, so pass the path the user typed (or a display path).
 */
export function loadJsonStore<T>(path: string, spec: StoreSpec<T>): T {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return spec.empty();
    throw new StoreError(path, `cannot read the ${spec.what} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, 'check that it is a readable file');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new StoreError(path, `is not valid JSON (${(e as Error).message}); the ${spec.what} was left as it is`, recovery(path, spec as StoreSpec<unknown>));
  }
  if (spec.version) json = migrate(path, json, spec as StoreSpec<unknown>);
  const parsed = spec.schema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new StoreError(path, `does not match the ${spec.what} schema at ${first?.path.join('.') || '(root)'}: ${first?.message}; the file was left as it is`, recovery(path, spec as StoreSpec<unknown>));
  }
  return parsed.data;
}

function migrate(path: string, json: unknown, spec: StoreSpec<unknown>): unknown {
  const { current, migrations = {} } = spec.version!;
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return json; // the schema explains
  let value = json as Record<string, unknown>;
  const version = value.version;
  if (typeof version !== 'number' || !Number.isInteger(version)) return json;
  if (version > current) {
    throw new StoreError(path, `was written by a newer version of this tool (${spec.what} version ${version}; this one reads up to ${current}); it was left as it is`, 'update this checkout (git pull) before running again');
  }
  for (let v = version; v < current; v++) {
    const step = migrations[v];
    if (!step) throw new StoreError(path, `is ${spec.what} version ${v}, which this tool cannot migrate; it was left as it is`, recovery(path, spec));
    value = { ...step(value), version: v + 1 };
  }
  return value;
}

/** Validates and writes a store atomically; throws StoreError (the old file stays) when it cannot. */
export function writeJsonStore<T>(path: string, spec: StoreSpec<T>, value: T): void {
  const checked = spec.schema.safeParse(value);
  if (!checked.success) {
    const first = checked.error.issues[0];
    throw new StoreError(path, `refusing to write an invalid ${spec.what} (${first?.path.join('.')}: ${first?.message})`, 'this is a bug: report it with the command that was run');
  }
  try {
    writeFileAtomicSync(path, spec.serialize(value));
  } catch (e) {
    throw new StoreError(path, `cannot write the ${spec.what} (${(e as Error).message})`, 'check that the folder exists and is writable', e);
  }
}
