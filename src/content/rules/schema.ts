/**
 * Rule `schema`: every file must match its zod schema in src/schemas/ (the same schemas Astro and
 * the JSON Schemas use). Each zod issue is placed at the YAML line of the offending key or value;
 * a missing field is placed where the field would be added.
 *
 * Examples: `examples` below, what the rule prints for a passing and a failing case; they
 * are run as its tests, so they cannot drift from the code.
 */
import { z } from 'zod';
import { categorySchema, groupsFileSchema } from '../../schemas/category.ts';
import { entrySchema } from '../../schemas/entry.ts';
import { redirectsFileSchema } from '../../schemas/redirects.ts';
import { resourceSchema } from '../../schemas/resource.ts';
import { synonymsFileSchema } from '../../schemas/synonyms.ts';
import { tagsFileSchema } from '../../schemas/tags.ts';
import type { Rule } from '../context.ts';
import type { FileKind } from '../model.ts';
import type { Problem } from '../problem.ts';
import type { RuleExamples } from '../rule-examples.ts';

export const id = 'schema';

/** Passing and failing examples: this rule's documentation and its tests (rules/examples.test.ts). */
export const examples: RuleExamples = {
  passes: [
    {
      title: 'a known status',
      files: {},
      reports: [],
    },
  ],
  fails: [
    {
      title: 'an unknown status',
      files: { 'entries/testing/one.md': { fields: { status: 'great' } } },
      reports: [
        'content/entries/testing/one.md:10:9  schema  status: expected one of "recommended"|"alternative"|"legacy"',
      ],
    },
    {
      title: 'an unknown field',
      files: { 'entries/testing/one.md': { fields: { homepage: 'https://one.tests.example.org/' } } },
      reports: [
        'content/entries/testing/one.md:12:1  schema  unknown field homepage',
      ],
    },
  ],
};

const schemas: Record<FileKind, z.ZodType> = {
  entry: entrySchema,
  resource: resourceSchema,
  category: categorySchema,
  groups: groupsFileSchema,
  tags: tagsFileSchema,
  redirects: redirectsFileSchema,
  synonyms: synonymsFileSchema,
};

/** Top-level keys each kind allows, for the "did you mean" hint on unknown fields. */
const allowedKeys: Partial<Record<FileKind, string[]>> = {
  entry: Object.keys(entrySchema.shape),
  resource: Object.keys(resourceSchema.shape),
  category: Object.keys(categorySchema.shape),
  groups: Object.keys(groupsFileSchema.shape),
  redirects: Object.keys(redirectsFileSchema.shape),
  synonyms: Object.keys(synonymsFileSchema.shape),
};

const schemaFile: Record<FileKind, string> = {
  entry: 'public/schema/entry.schema.json',
  resource: 'public/schema/resource.schema.json',
  category: 'public/schema/category.schema.json',
  groups: 'public/schema/groups.schema.json',
  tags: 'public/schema/tags.schema.json',
  redirects: 'public/schema/redirects.schema.json',
  synonyms: 'public/schema/synonyms.schema.json',
};

/** `['seeAlso', 0, 'url']` → `seeAlso[0].url`. */
export function fieldName(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : `${out ? '.' : ''}${String(seg)}`;
  return out || '(top level)';
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v = data;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[seg];
  }
  return v;
}

function cleanMessage(message: string): string {
  return message.replace(/^Invalid input: /, '').replace(/^Invalid option: /, '');
}

type Issue = z.core.$ZodIssue;

function innerMessage(issue: Issue): string {
  if (issue.code === 'invalid_union' && issue.errors.length) {
    const last = issue.errors[issue.errors.length - 1];
    if (last && last[0]) return last[0].message;
  }
  return issue.message;
}

export const rule: Rule = {
  id,
  check(ctx) {
    const problems: Problem[] = [];
    for (const file of ctx.files) {
      if (!ctx.isSelected(file) || !file.yaml || file.yaml.errors.length) continue;
      const result = schemas[file.kind].safeParse(file.yaml.data);
      if (result.success) continue;
      for (const issue of result.error.issues) {
        const path = issue.path as PropertyKey[];
        if (issue.code === 'unrecognized_keys') {
          const allowed = path.length === 0 ? allowedKeys[file.kind] : undefined;
          for (const key of issue.keys) {
            problems.push(
              ctx.problem(id, file, ctx.at(file, [...path, key], 'key'), `unknown field ${fieldName([...path, key])}`,
                allowed ? `remove it or fix its spelling; allowed fields: ${allowed.join(', ')}` : `remove it or fix its spelling (see ${schemaFile[file.kind]})`),
            );
          }
          continue;
        }
        const name = fieldName(path);
        const value = valueAt(file.yaml.data, path);
        if (issue.code === 'invalid_type' && value === undefined && path.length > 0) {
          problems.push(ctx.problem(id, file, ctx.at(file, path), `${name} is required`, `add a \`${String(path[path.length - 1])}:\` field (see ${schemaFile[file.kind]})`));
          continue;
        }
        const hint =
          issue.code === 'invalid_value'
            ? `use one of: ${issue.values.map(String).join(', ')}`
            : issue.code === 'invalid_type'
              ? `write ${/^[aeiou]/.test(issue.expected) ? 'an' : 'a'} ${issue.expected} here (see ${schemaFile[file.kind]})`
              : `see ${schemaFile[file.kind]} for the expected format`;
        problems.push(ctx.problem(id, file, ctx.at(file, path, issue.code === 'invalid_key' ? 'key' : 'value'), `${name}: ${cleanMessage(innerMessage(issue))}`, hint));
      }
    }
    return problems;
  },
};
