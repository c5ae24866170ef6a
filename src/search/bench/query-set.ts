/**
 * The search yardstick's query set (scripts/bench/search-queries.yaml): what developers type and
 * which entries are a right answer. Read by `npm run bench:search` and the e2e quality floor, so
 * both measure the same thing; the schema keeps a malformed line from silently counting as a miss.
 */
import fs from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';

/** The kinds of query the set covers; the bench reports each group apart. */
export const QUERY_GROUPS = ['name', 'typo', 'import', 'task', 'category'] as const;
export type QueryGroup = (typeof QUERY_GROUPS)[number];

export const benchQuerySchema = z
  .object({
    /** The query exactly as a developer would type it. */
    q: z.string().trim().min(1, 'must not be empty'),
    group: z.enum(QUERY_GROUPS),
    /** Display names of the entries that answer it; any of them counts. */
    want: z.array(z.string().trim().min(1)).min(1, 'needs at least one acceptable entry'),
  })
  .strict();

export const querySetSchema = z.array(benchQuerySchema).min(1);
export type BenchQuery = z.infer<typeof benchQuerySchema>;

/** The default location of the set, relative to the repository root. */
export const QUERY_SET_PATH = 'scripts/bench/search-queries.yaml';

/** Parses the YAML text of a query set; throws one message listing every bad line. */
export function parseQuerySet(text: string, file = QUERY_SET_PATH): BenchQuery[] {
  const result = querySetSchema.safeParse(parse(text));
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `  [${i.path.join('.')}] ${i.message}`);
  throw new Error(`${file}: not a valid query set\n${lines.join('\n')}`);
}

/** Reads and parses the query set from disk. */
export function loadQuerySet(file = QUERY_SET_PATH): BenchQuery[] {
  return parseQuerySet(fs.readFileSync(file, 'utf8'), file);
}
