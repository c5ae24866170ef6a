/**
 * The documented examples of a validator rule, as data: every rule module exports `examples`, a
 * passing and a failing case on the fixture list (src/content/fixtures/) with exactly what the
 * rule prints. They are the rule's documentation and its tests at once (rules/examples.test.ts
 * runs every one through the real loader and validator), so the docs cannot drift from the code.
 */

/**
 * One changed file of the fixture list: a file's whole text, `null` to delete it, an entry or
 * resource with some frontmatter fields set (`null` removes a field; a path not in the fixture
 * list starts from the fixture entry of its folder) and an optional note, raw bytes, or a
 * symbolic link to `symlink`.
 */
export type ExampleFile =
  | string
  | null
  | { fields: Readonly<Record<string, string | null>>; body?: string }
  | { bytes: readonly number[] }
  | { symlink: string };

export interface RuleExample {
  /** What the example shows, in a few words. */
  title: string;
  /** Files changed from the fixture list, by path under content/. */
  files: Readonly<Record<string, ExampleFile>>;
  /** Every line the rule prints (`path:line:col  rule  message`); none for a passing example. */
  reports: readonly string[];
}

export interface RuleExamples {
  passes: readonly RuleExample[];
  fails: readonly RuleExample[];
}
