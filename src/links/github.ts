/**
 * github.com repository links, answered by GitHub's GraphQL API in batches (src/github's
 * `fetchRepositories`, 100 repositories a query) instead of scraping HTML pages that throttle
 * crawlers: renamed → redirected to the new URL, deleted → dead, archived → ok but flagged.
 * Repositories GraphQL could not answer (rate limit, outage) are handed back for a plain HTTP check.
 */
import { fetchRepositories } from '../github/index.ts';
import { githubRepoHome, repoKey, type RepoRef } from '../identity/repo.ts';
import type { HttpClient } from '../http/index.ts';
import type { PageCheck } from './check.ts';

export interface GithubCheckOptions {
  http: HttpClient;
  token: string;
  graphqlUrl: string;
  /** Called per batch with the pages it answered, so the store is flushed as results arrive. */
  onResults?: (results: Map<string, PageCheck>) => void;
  signal?: AbortSignal;
}

/**
 * Checks repository home pages through GraphQL. Returns a result for every page it could decide;
 * pages left out must be checked over HTTP.
 */
export async function checkGithubRepos(pages: readonly string[], options: GithubCheckOptions): Promise<Map<string, PageCheck>> {
  const byKey = new Map<string, string[]>();
  const refs: RepoRef[] = [];
  for (const page of pages) {
    const ref = githubRepoHome(page);
    if (!ref) continue;
    const key = repoKey(ref);
    if (!byKey.has(key)) {
      byKey.set(key, []);
      refs.push(ref);
    }
    byKey.get(key)!.push(page);
  }
  const decided = new Map<string, PageCheck>();
  if (refs.length === 0) return decided;
  await fetchRepositories(refs, {
    http: options.http,
    token: options.token,
    graphqlUrl: options.graphqlUrl,
    fields: 'existence',
    ...(options.signal ? { signal: options.signal } : {}),
    onBatch: (results) => {
      const batch = new Map<string, PageCheck>();
      for (const r of results) {
        let check: PageCheck | undefined;
        if (r.status === 'found') {
          // No HTTP status: the API answered, not the page (a made-up 200/404 would mislead).
          check = r.renamed
            ? { verdict: 'redirected', finalUrl: r.data.url, reason: `renamed to ${r.data.nameWithOwner}`, fragments: new Map() }
            : { verdict: 'ok', fragments: new Map() };
          if (r.data.archived) check.archived = true;
        } else if (r.status === 'missing') {
          check = { verdict: 'dead', reason: 'repository not found (GitHub API)', fragments: new Map() };
        }
        if (!check) continue; // error: left for the HTTP check
        for (const page of byKey.get(repoKey(r.ref)) ?? []) batch.set(page, check);
      }
      for (const [page, check] of batch) decided.set(page, check);
      options.onResults?.(batch);
    },
  });
  return decided;
}
