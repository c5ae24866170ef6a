/**
 * What `npm run new` asks the outside world: the GitHub REST repository (`${GITHUB_API_URL}/repos/
 * owner/name`: description, homepage, topics, current name) and the PyPI JSON API
 * (`${PYPI_URL}/pypi/<name>/json`: summary, project URLs, keywords). Through the shared HTTP
 * client (src/http) with short timeouts, because `new` must also work offline: every failure is a
 * value ("unreachable"), never an exception, and the entry is then drafted from the flags alone.
 */
import { z } from 'zod';
import { HttpError, type HttpClient } from '../../http/index.ts';

export type Lookup<T> = { status: 'found'; data: T } | { status: 'missing' } | { status: 'error'; error: string };

const githubRepoSchema = z.object({
  name: z.string(),
  full_name: z.string(),
  html_url: z.string(),
  description: z.string().nullable().optional(),
  homepage: z.string().nullable().optional(),
  topics: z.array(z.string()).optional(),
  archived: z.boolean().optional(),
});
export type GithubRepo = z.infer<typeof githubRepoSchema>;

const pypiProjectSchema = z.object({
  info: z.object({
    name: z.string(),
    summary: z.string().nullable().optional(),
    home_page: z.string().nullable().optional(),
    project_urls: z.record(z.string(), z.string()).nullable().optional(),
    keywords: z.string().nullable().optional(),
    classifiers: z.array(z.string()).optional(),
  }),
});
export type PypiProject = z.infer<typeof pypiProjectSchema>['info'];

export interface LookupOptions {
  http: HttpClient;
  /** Base URL, e.g. https://api.github.com or https://pypi.org (from the environment). */
  baseUrl: string;
  /** GitHub token; optional (anonymous REST calls are allowed, just rate-limited). Never printed. */
  token?: string | undefined;
}

async function getJson(url: URL, options: LookupOptions, headers: Record<string, string>): Promise<{ status: number; location?: string | undefined; body?: unknown; error?: string }> {
  try {
    const res = await options.http.request(url, { headers, maxBodyBytes: 8 * 1024 * 1024, retries: 1, totalTimeoutMs: 8_000 });
    if (res.status !== 200) return { status: res.status, location: res.headers.location };
    if (res.truncated) return { status: 200, error: 'answer too large' };
    try {
      return { status: 200, body: JSON.parse(res.body.toString('utf8')) };
    } catch {
      return { status: 200, error: 'malformed JSON' };
    }
  } catch (error) {
    return { status: 0, error: `unreachable (${error instanceof HttpError ? error.kind : 'other'})` };
  }
}

const withSlash = (base: string) => (base.endsWith('/') ? base : `${base}/`);

/** GET /repos/{owner}/{name}, following GitHub's redirect for a renamed repository (same host, 3 hops). */
export async function lookupGithubRepo(owner: string, name: string, options: LookupOptions): Promise<Lookup<GithubRepo>> {
  const base = new URL(withSlash(options.baseUrl));
  let url = new URL(`repos/${encodeURIComponent(owner)}/${encodeURIComponent(name)}`, base);
  const headers: Record<string, string> = { accept: 'application/vnd.github+json', 'user-agent': 'python-atlas-new' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  for (let hop = 0; hop <= 3; hop++) {
    const res = await getJson(url, options, headers);
    if (res.error) return { status: 'error', error: `GitHub ${res.error}` };
    if ([301, 302, 307, 308].includes(res.status) && res.location) {
      const next = new URL(res.location, url);
      if (next.origin !== base.origin) return { status: 'error', error: 'GitHub redirected off its API host' };
      url = next;
      continue;
    }
    if (res.status === 404) return { status: 'missing' };
    if (res.status !== 200) return { status: 'error', error: `GitHub answered ${res.status}` };
    const parsed = githubRepoSchema.safeParse(res.body);
    return parsed.success ? { status: 'found', data: parsed.data } : { status: 'error', error: 'GitHub answered with an unexpected shape' };
  }
  return { status: 'error', error: 'GitHub redirected too often' };
}

/** GET /pypi/<name>/json. */
export async function lookupPypiProject(name: string, options: LookupOptions): Promise<Lookup<PypiProject>> {
  const url = new URL(`pypi/${encodeURIComponent(name)}/json`, withSlash(options.baseUrl));
  const res = await getJson(url, options, { accept: 'application/json', 'user-agent': 'python-atlas-new' });
  if (res.error) return { status: 'error', error: `PyPI ${res.error}` };
  if (res.status === 404) return { status: 'missing' };
  if (res.status !== 200) return { status: 'error', error: `PyPI answered ${res.status}` };
  const parsed = pypiProjectSchema.safeParse(res.body);
  return parsed.success ? { status: 'found', data: parsed.data.info } : { status: 'error', error: 'PyPI answered with an unexpected shape' };
}
