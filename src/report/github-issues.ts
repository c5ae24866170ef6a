/**
 * Opens, updates, reopens or closes the one report issue through the GitHub REST API (base URL
 * from `GITHUB_API_URL`), on the shared HTTP client. The decision is `planIssue`; this module
 * finds the existing issue (by exact title, bounded pagination) and carries the plan out. The
 * token goes into the Authorization header only; errors never include it.
 */
import type { HttpClient } from '../http/index.ts';
import { fitIssueBody, planIssue, type ExistingIssue, type IssueAction } from './issue-plan.ts';

export interface IssueTarget {
  http: HttpClient;
  /** e.g. https://api.github.com */
  apiUrl: string;
  /** `owner/name` */
  repo: string;
  token: string;
}

/** GitHub refused a call; the message has method, path, status and GitHub's message, never the token. */
export class GithubApiError extends Error {}

interface RawIssue {
  number: number;
  title: string;
  state: 'open' | 'closed';
  body: string | null;
  pull_request?: unknown;
}

const MAX_PAGES = 10;

async function api(t: IssueTarget, method: string, path: string, json?: unknown): Promise<unknown> {
  const url = `${t.apiUrl.replace(/\/$/, '')}${path}`;
  const res = await t.http.request(url, {
    method,
    headers: {
      authorization: `Bearer ${t.token}`,
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28',
    },
    ...(json !== undefined ? { json } : {}),
    maxBodyBytes: 8 * 2 ** 20,
    // POST/PATCH are not idempotent in general; ours are safe to repeat, but one try is honest.
    ...(method === 'GET' ? {} : { retries: 0 }),
  });
  if (res.status < 200 || res.status >= 300) {
    let message = '';
    try {
      message = String((JSON.parse(res.body.toString('utf8')) as { message?: unknown }).message ?? '');
    } catch {
      // not JSON
    }
    throw new GithubApiError(`${method} ${path}: GitHub answered ${res.status}${message ? ` (${message})` : ''}`);
  }
  return res.status === 204 || res.body.length === 0 ? undefined : JSON.parse(res.body.toString('utf8'));
}

/** The most recently updated issue (not PR) in `state` with exactly `title`, if any. */
export async function findIssue(t: IssueTarget, title: string, state: 'open' | 'closed'): Promise<ExistingIssue | undefined> {
  for (let page = 1; page <= MAX_PAGES; page++) {
    const issues = (await api(t, 'GET', `/repos/${t.repo}/issues?state=${state}&sort=updated&direction=desc&per_page=100&page=${page}`)) as RawIssue[];
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
      const created = (await api(t, 'POST', issues, { title, body: action.body })) as { html_url?: string };
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
