/**
 * One activity run: decide what needs fetching (entries not fetched within `maxAgeMs`), fetch
 * GitHub (batched GraphQL) and PyPI side by side, merge every answer into a working copy of the
 * store, and hand that copy to `save` after every GitHub batch and every few PyPI projects — so a
 * run killed half-way has stored what it fetched and the next run picks up the rest.
 */
import type { ActivityStore, EntryActivity } from '../schemas/activity.ts';
import type { HttpClient } from '../http/index.ts';
import { fetchRepositories, type GithubWaitPolicy, type RepoResult, type WaitReason } from '../github/index.ts';
import { repoKey, repoSlug, type RepoRef } from '../identity/repo.ts';
import type { ActivityTarget } from './entries.ts';
import { fetchedRecently, mergeGithub, mergePypi, updateHistory } from './merge.ts';
import { fetchPypiProjects, type PypiResult } from './pypi.ts';
import type { Clock } from '../time/clock.ts';

export const NOTE_NOT_GITHUB: Record<'gitlab' | 'codeberg', string> = {
  gitlab: 'GitLab repository: activity is only fetched from GitHub and PyPI',
  codeberg: 'Codeberg repository: activity is only fetched from GitHub and PyPI',
};

export type ProgressEvent =
  | { source: 'github'; done: number; total: number; requests: number }
  | { source: 'github-wait'; ms: number; reason: WaitReason }
  | { source: 'pypi'; done: number; total: number };

export interface RunActivityOptions {
  targets: readonly ActivityTarget[];
  /** The store as it was before this run (not mutated). */
  previous: ActivityStore;
  /** Persists a snapshot; called after every GitHub batch, every `pypiSaveEvery` PyPI projects and at the end. */
  save: (store: ActivityStore) => void | Promise<void>;
  http: HttpClient;
  /** Without a token GitHub is skipped (GraphQL refuses anonymous calls) and previous values stay. */
  token?: string | undefined;
  graphqlUrl: string;
  pypiUrl: string;
  pypiStatsUrl?: string | undefined;
  pypiConcurrency?: number;
  /** Blocks fetched successfully more recently than this are kept as they are. Default 20 h. */
  maxAgeMs?: number;
  /** Drop store entries whose id is not among `targets` (whole-content runs only). */
  prune?: boolean;
  /** The one clock ("now" for timestamps and freshness); CLIs pass clockFromEnv(). */
  now: Clock;
  githubPolicy?: Partial<GithubWaitPolicy>;
  githubBatchSize?: number;
  sleep?: (ms: number) => Promise<void>;
  onProgress?: (event: ProgressEvent) => void;
  pypiSaveEvery?: number;
  signal?: AbortSignal;
}

export interface RunSummary {
  github: { requested: number; found: number; missing: number; errors: number; fresh: number; requests: number; skipped: string | null };
  pypi: { requested: number; found: number; missing: number; errors: number; fresh: number };
  /** Entries whose repository is not on GitHub. */
  notGithub: number;
  /** Failures per entry id, for the report. */
  failures: Array<{ id: string; source: 'github' | 'pypi'; error: string }>;
}

export interface RunResult {
  store: ActivityStore;
  summary: RunSummary;
}

const DEFAULT_MAX_AGE_MS = 20 * 3600_000;

/** Runs one fetch-and-merge pass; see the module comment. Never throws for a project's fate. */
export async function runActivity(o: RunActivityOptions): Promise<RunResult> {
  const now = o.now;
  const maxAge = o.maxAgeMs ?? DEFAULT_MAX_AGE_MS;
  const startedAt = now();
  const working: ActivityStore = { fetchedAt: o.previous.fetchedAt, entries: structuredClone(o.previous.entries) };
  const summary: RunSummary = {
    github: { requested: 0, found: 0, missing: 0, errors: 0, fresh: 0, requests: 0, skipped: null },
    pypi: { requested: 0, found: 0, missing: 0, errors: 0, fresh: 0 },
    notGithub: 0,
    failures: [],
  };

  if (o.prune) {
    const keep = new Set(o.targets.map((t) => t.id));
    for (const id of Object.keys(working.entries)) if (!keep.has(id)) delete working.entries[id];
  }

  const byRepo = new Map<string, ActivityTarget[]>();
  const byPypi = new Map<string, ActivityTarget[]>();
  for (const t of o.targets) {
    const entry: EntryActivity = working.entries[t.id] ?? {};
    const slug = t.repo?.ref ? repoSlug(t.repo.ref) : undefined;
    // Blocks for a field the entry no longer has (or that now names another project) go.
    if (!slug || (entry.github && entry.github.repo.toLowerCase() !== slug.toLowerCase())) delete entry.github;
    if (!t.pypi || (entry.pypi && entry.pypi.name.toLowerCase() !== t.pypi.value.toLowerCase())) delete entry.pypi;
    if (t.repo && t.repo.host !== 'github') {
      entry.note = NOTE_NOT_GITHUB[t.repo.host];
      summary.notGithub++;
    } else delete entry.note;
    if (!entry.github && !entry.pypi && !entry.note && !entry.history && !slug && !t.pypi) {
      delete working.entries[t.id];
      continue;
    }
    working.entries[t.id] = entry;
    if (t.repo?.ref && slug) {
      if (fetchedRecently(entry.github, true, startedAt, maxAge)) summary.github.fresh++;
      else {
        const key = repoKey(t.repo.ref);
        byRepo.set(key, [...(byRepo.get(key) ?? []), t]);
      }
    }
    if (t.pypi) {
      if (fetchedRecently(entry.pypi, true, startedAt, maxAge)) summary.pypi.fresh++;
      else {
        const key = t.pypi.value.toLowerCase();
        byPypi.set(key, [...(byPypi.get(key) ?? []), t]);
      }
    }
  }

  // Entries we know nothing about yet (first fetch failed or pending) are left out of what is saved.
  const snapshot = (): ActivityStore => ({
    fetchedAt: working.fetchedAt,
    entries: Object.fromEntries(Object.entries(working.entries).filter(([, e]) => Object.keys(e).length > 0)),
  });
  let saving: Promise<void> = Promise.resolve();
  const save = () => {
    saving = saving.then(() => o.save(snapshot()));
    return saving;
  };

  const applyGithub = (r: RepoResult, at: string) => {
    for (const t of byRepo.get(repoKey(r.ref)) ?? []) {
      const entry = working.entries[t.id] ?? {};
      const block = mergeGithub(entry.github, repoSlug(t.repo!.ref!), r, at);
      if (block) entry.github = block;
      else delete entry.github;
      if (r.status === 'found') entry.history = updateHistory(entry.history, at, { stars: r.data.stars }) ?? [];
      if (entry.history?.length === 0) delete entry.history;
      if (r.status === 'error') summary.failures.push({ id: t.id, source: 'github', error: r.error });
      working.entries[t.id] = entry;
    }
    summary.github[r.status === 'found' ? 'found' : r.status === 'missing' ? 'missing' : 'errors']++;
  };

  const applyPypi = (r: PypiResult, at: string) => {
    for (const t of byPypi.get(r.name.toLowerCase()) ?? []) {
      const entry = working.entries[t.id] ?? {};
      const block = mergePypi(entry.pypi, t.pypi!.value, r, at);
      if (block) entry.pypi = block;
      else delete entry.pypi;
      if (r.status === 'found') entry.history = updateHistory(entry.history, at, { downloads: r.data.monthlyDownloads }) ?? [];
      if (entry.history?.length === 0) delete entry.history;
      if (r.status === 'error') summary.failures.push({ id: t.id, source: 'pypi', error: r.error });
      working.entries[t.id] = entry;
    }
    summary.pypi[r.status === 'found' ? 'found' : r.status === 'missing' ? 'missing' : 'errors']++;
  };

  const github = async () => {
    const refs: RepoRef[] = [...byRepo.values()].map((ts) => ts[0]!.repo!.ref!);
    summary.github.requested = refs.length;
    if (refs.length === 0) return;
    if (!o.token) {
      summary.github.skipped = 'GITHUB_TOKEN is not set: GitHub was skipped (its GraphQL API needs a token); previous values are kept';
      return;
    }
    const out = await fetchRepositories(refs, {
      token: o.token,
      http: o.http,
      graphqlUrl: o.graphqlUrl,
      fields: 'full',
      ...(o.githubBatchSize ? { batchSize: o.githubBatchSize } : {}),
      ...(o.githubPolicy ? { policy: o.githubPolicy } : {}),
      ...(o.sleep ? { sleep: o.sleep } : {}),
      ...(o.signal ? { signal: o.signal } : {}),
      onWait: (ms, reason) => o.onProgress?.({ source: 'github-wait', ms, reason }),
      onBatch: async (results, p) => {
        const at = now().toISOString();
        for (const r of results) applyGithub(r, at);
        o.onProgress?.({ source: 'github', done: p.done, total: p.total, requests: p.requests });
        await save();
      },
    });
    summary.github.requests = out.requests;
  };

  const pypi = async () => {
    const names = [...byPypi.values()].map((ts) => ts[0]!.pypi!.value);
    summary.pypi.requested = names.length;
    if (names.length === 0) return;
    const every = o.pypiSaveEvery ?? 50;
    await fetchPypiProjects(names, {
      http: o.http,
      pypiUrl: o.pypiUrl,
      statsUrl: o.pypiStatsUrl,
      concurrency: o.pypiConcurrency ?? 8,
      ...(o.signal ? { signal: o.signal } : {}),
      onResult: async (r, done, total) => {
        applyPypi(r, now().toISOString());
        o.onProgress?.({ source: 'pypi', done, total });
        if (done % every === 0) await save();
      },
    });
  };

  await Promise.all([github(), pypi()]);
  working.fetchedAt = now().toISOString();
  await save();
  return { store: snapshot(), summary };
}
