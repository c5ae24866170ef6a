/**
 * The shapes of GitHub's API answers that we read (GraphQL repositories, REST repositories and
 * issues), as zod schemas: src/github parses every answer through these, so a changed or hostile
 * answer becomes an `error` result instead of a crash. Only the fields we use are listed; GitHub
 * sends more.
 */
import { z } from 'zod';

const dateTime = z.string().nullable().optional();

/** One `repository` node as our query asks for it (existence queries fill only the first four). */
export const graphqlRepositorySchema = z.object({
  nameWithOwner: z.string(),
  url: z.string(),
  isArchived: z.boolean(),
  isDisabled: z.boolean().optional(),
  pushedAt: dateTime,
  stargazerCount: z.number().int().nonnegative().optional(),
  forkCount: z.number().int().nonnegative().optional(),
  issues: z.object({ totalCount: z.number().int().nonnegative() }).nullable().optional(),
  licenseInfo: z.object({ spdxId: z.string().nullable().optional() }).nullable().optional(),
  defaultBranchRef: z
    .object({ target: z.object({ committedDate: dateTime }).nullable().optional() })
    .nullable()
    .optional(),
  latestRelease: z.object({ tagName: z.string(), publishedAt: dateTime }).nullable().optional(),
  repositoryTopics: z
    .object({ nodes: z.array(z.object({ topic: z.object({ name: z.string() }) }).nullable()) })
    .nullable()
    .optional(),
});
export type GraphqlRepository = z.infer<typeof graphqlRepositorySchema>;

/** One entry of a GraphQL answer's `errors` (a `path` of `[alias]` blames one repository). */
export const graphqlErrorSchema = z.object({
  type: z.string().optional(),
  message: z.string().optional(),
  path: z.array(z.union([z.string(), z.number()])).optional(),
});
export type GraphqlError = z.infer<typeof graphqlErrorSchema>;

/** The `{ data, errors }` envelope of every GraphQL answer. */
export const graphqlEnvelopeSchema = z.object({
  data: z.record(z.string(), z.unknown()).nullable().optional(),
  errors: z.array(graphqlErrorSchema).optional(),
});

/** The `rateLimit { cost remaining resetAt }` our queries ask for. */
export const graphqlRateLimitSchema = z.object({ cost: z.number().optional(), remaining: z.number().optional(), resetAt: z.string().optional() });
export type GraphqlRateLimit = z.infer<typeof graphqlRateLimitSchema>;

/** REST `GET /repos/{owner}/{repo}`: the fields `new` drafts from and the activity fields REST has. */
export const restRepositorySchema = z.object({
  full_name: z.string(),
  html_url: z.string(),
  archived: z.boolean().optional(),
  disabled: z.boolean().optional(),
  description: z.string().nullable().optional(),
  homepage: z.string().nullable().optional(),
  pushed_at: dateTime,
  stargazers_count: z.number().int().nonnegative().optional(),
  forks_count: z.number().int().nonnegative().optional(),
  open_issues_count: z.number().int().nonnegative().optional(),
  license: z.object({ spdx_id: z.string().nullable().optional() }).nullable().optional(),
  topics: z.array(z.string()).optional(),
});
export type RestRepository = z.infer<typeof restRepositorySchema>;

/** One item of REST `GET /repos/{owner}/{repo}/issues` (pull requests carry `pull_request`). */
export const restIssueSchema = z.object({
  number: z.number().int(),
  title: z.string(),
  state: z.enum(['open', 'closed']),
  body: z.string().nullable().optional(),
  html_url: z.string().optional(),
  pull_request: z.unknown().optional(),
});
export type RestIssue = z.infer<typeof restIssueSchema>;

/** The `message` GitHub puts in an error body. */
export const restErrorSchema = z.object({ message: z.unknown().optional() });
