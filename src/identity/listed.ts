/**
 * "Is this project already on the list?", answered once: two items are the same project when
 * they share a homepage or repository URL (compared with `sameUrlKey`, either field against
 * either) or a PyPI name (PEP 503). The validator's duplicate-entry rule, `npm run new` and
 * `npm run import` all ask through `ListedProjects`, so a duplicate means one thing everywhere.
 */
import { normalizePypiName } from './pypi.ts';
import { sameUrlKey } from './url.ts';

export type IdentityField = 'url' | 'repo' | 'pypi';

/** The fields that identify a project; anything not a string is ignored. */
export interface ProjectFields {
  url?: unknown;
  repo?: unknown;
  pypi?: unknown;
}

export interface IdentityKey {
  /** `url:<same-url key>` or `pypi:<PEP 503 name>`. */
  key: string;
  field: IdentityField;
  /** The value as written. */
  value: string;
}

/** The identity keys of one item, each once (a repo equal to the homepage counts once). */
export function identityKeys(fields: ProjectFields): IdentityKey[] {
  const out: IdentityKey[] = [];
  const seen = new Set<string>();
  const add = (key: string | null, field: IdentityField, value: string) => {
    if (key && !seen.has(key)) {
      seen.add(key);
      out.push({ key, field, value });
    }
  };
  for (const field of ['url', 'repo'] as const) {
    const v = fields[field];
    if (typeof v === 'string') {
      const k = sameUrlKey(v);
      add(k === null ? null : `url:${k}`, field, v);
    }
  }
  if (typeof fields.pypi === 'string') add(`pypi:${normalizePypiName(fields.pypi)}`, 'pypi', fields.pypi);
  return out;
}

export interface Listing<T> extends IdentityKey {
  item: T;
}

/** An index of listed projects by identity key, in the order they were added. */
export class ListedProjects<T> {
  private readonly byKey = new Map<string, Array<Listing<T>>>();

  /** Indexes `item` under every identity key of `fields`. */
  add(item: T, fields: ProjectFields): void {
    for (const k of identityKeys(fields)) {
      const list = this.byKey.get(k.key);
      if (list) list.push({ ...k, item });
      else this.byKey.set(k.key, [{ ...k, item }]);
    }
  }

  /**
   * The first listed item that is the same project as `candidate`, with the candidate's field
   * and value that matched; undefined when it is new to the list.
   */
  find(candidate: ProjectFields): { item: T; field: IdentityField; value: string } | undefined {
    for (const k of identityKeys(candidate)) {
      const hit = this.byKey.get(k.key)?.[0];
      if (hit) return { item: hit.item, field: k.field, value: k.value };
    }
    return undefined;
  }

  /** Every key shared by two or more listings: the duplicates, each group in insertion order. */
  clashes(): Array<ReadonlyArray<Listing<T>>> {
    return [...this.byKey.values()].filter((list) => list.length > 1);
  }
}
