/**
 * Opens, updates, reopens or closes the one report issue through the GitHub REST API (the one
 * REST helper, src/github/rest.ts; answers read through src/schemas/github-api.ts). The decision
 * is `planIssue`; this module finds the existing issue (by exact title, bounded pagination) and
 * carries the plan out. The token goes into the Authorization header only; errors never include it.
 */
import { z } from 'zod';
import { GithubApiError, restJson, type RestTarget } from '../github/index.ts';
import { restIssueSchema } from '../schemas/github-api.ts';
import { fitIssueBody, planIssue, type ExistingIssue, type IssueAction } from './issue-plan.ts';

export { GithubApiError };

export interface IssueTarget extends RestTarget {
  /** `owner/name` */
  repo: string;
  token: string;
}

const MAX_PAGES = 10;
const issueListSchema = z.array(restIssueSchema);

/** A REST call that must succeed; POST/PATCH are tried once (ours are safe to repeat, but one try is honest). */
function api(t: IssueTarget, method: string, path: string, json?: unknown): Promise<unknown> {
  return restJson(t, method, path, { ...(json !== undefined ? { json } : {}), ...(method === 'GET' ? {} : { retries: 0 }) });
}

/** Reads an answer through its schema; a shape we do not know is GitHub's error, not a crash. */
function readAs<T>(schema: z.ZodType<T>, body: unknown, what: string): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new GithubApiError(`${what}: GitHub answered with an unexpected shape`);
  return parsed.data;
}

/** The most recently updated issue (not PR) in `state` with exactly `title`, if any. */
export async function findIssue(t: IssueTarget, title: string, state: 'open' | 'closed'): Promise<ExistingIssue | undefined> {
  for (let page = 1; page <= MAX_PAGES; page++) {
    const path = `/repos/${t.repo}/issues?state=${state}&sort=updated&direction=desc&per_page=100&page=${page}`;
    const issues = readAs(issueListSchema, await api(t, 'GET', path), `GET ${path}`);
    const hit = issues.find((i) => i.title === title && !i.pull_request);
    if (hit) return { number: hit.number, state: hit.state, body: hit.body ?? '' };
    if (issues.length < 100) return undefined;
  }
  return undefined;
}

/** Brings the report issue in line with this run; returns what was done. */
export async function upsertReportIssue(t: IssueTarget, title: string, body: string, healthy: boolean): Promise<IssueAction & { url?: string }> {
  const text = fitIssueBody(body);
  const open = await findIssue(t, title, 'open');
  const closed = open || healthy ? undefined : await findIssue(t, title, 'closed');
  const action = planIssue(open, closed, healthy, text);
  const issues = `/repos/${t.repo}/issues`;
  switch (action.kind) {
    case 'create': {
      const created = readAs(restIssueSchema.partial(), await api(t, 'POST', issues, { title, body: action.body }), `POST ${issues}`);
      return { ...action, ...(created.html_url ? { url: created.html_url } : {}) };
    }
    case 'update':
      await api(t, 'PATCH', `${issues}/${action.number}`, { body: action.body });
      return action;
    case 'reopen':
      await api(t, 'PATCH', `${issues}/${action.number}`, { state: 'open', body: action.body });
      return action;
    case 'close':
      await api(t, 'POST', `${issues}/${action.number}/comments`, { body: action.comment });
      await api(t, 'PATCH', `${issues}/${action.number}`, { state: 'closed', state_reason: 'completed', body: action.body });
      return action;
    default:
      return action;
  }
}
