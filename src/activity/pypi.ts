/**
 * PyPI facts for the activity store: latest version and its upload time, `requires_python`, the
 * Python versions and Development Status from the trove classifiers, whether the latest release
 * is yanked (JSON API `${PYPI_URL}/pypi/<name>/json`), and monthly downloads from a
 * pypistats-style endpoint (`${PYPI_STATS_URL}/api/packages/<name>/recent`) when one is set.
 * Parsing is pure; fetching goes through the shared HTTP client (src/http) with bounded
 * concurrency. A 404 is data (`missing`), malformed JSON is an error kept as data.
 */
import { z } from 'zod';
import { HttpError, type HttpClient } from '../http/index.ts';

export const DEFAULT_PYPI_URL = 'https://pypi.org';

/** PyPI base URL from `PYPI_URL`, defaulting to pypi.org: one place reads it, as `githubUrlsFromEnv` does for GitHub. */
export function pypiUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env.PYPI_URL || DEFAULT_PYPI_URL;
}

/** What we keep about one PyPI project (the store's `pypi` block minus bookkeeping). */
export interface PypiData {
  version: string;
  released: string | null;
  requiresPython: string | null;
  pythonVersions: string[];
  developmentStatus: string | null;
  yanked: boolean;
  /** Downloads in the last month; undefined when no stats endpoint is configured or it failed. */
  monthlyDownloads?: number | null;
}

export type PypiResult =
  | { status: 'found'; name: string; data: PypiData }
  | { status: 'missing'; name: string }
  | { status: 'error'; name: string; error: string };

const fileSchema = z.object({
  upload_time_iso_8601: z.string().nullable().optional(),
  upload_time: z.string().nullable().optional(),
  yanked: z.boolean().optional(),
});

const projectSchema = z.object({
  info: z.object({
    version: z.string(),
    requires_python: z.string().nullable().optional(),
    classifiers: z.array(z.string()).nullable().optional(),
    yanked: z.boolean().optional(),
  }),
  releases: z.record(z.string(), z.array(fileSchema)).optional(),
  urls: z.array(fileSchema).optional(),
});

const recentSchema = z.object({ data: z.object({ last_month: z.number().int().nonnegative() }) });

/** PEP 503 normalised name (what pypistats and the simple index key on). */
export function normalizePypiName(name: string): string {
  return name.replace(/[-_.]+/g, '-').toLowerCase();
}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** `Programming Language :: Python :: 3.12` → `3.12`; ignores `:: 3`, `:: 3 :: Only`, implementations. */
export function pythonVersionsFromClassifiers(classifiers: readonly string[]): string[] {
  const found = new Set<string>();
  for (const c of classifiers) {
    const m = /^Programming Language :: Python :: (\d+\.\d+)$/.exec(c.trim());
    if (m?.[1]) found.add(m[1]);
  }
  return [...found].sort(compareVersions);
}

/** `Development Status :: 5 - Production/Stable` → `5 - Production/Stable` (the highest if several). */
export function developmentStatusFromClassifiers(classifiers: readonly string[]): string | null {
  const statuses = classifiers
    .map((c) => /^Development Status :: (.+)$/.exec(c.trim())?.[1])
    .filter((s): s is string => Boolean(s))
    .sort();
  return statuses.at(-1) ?? null;
}

function isoOrNull(s: string | null | undefined): string | null {
  if (!s) return null;
  const withZone = /[zZ]|[+-]\d\d:?\d\d$/.test(s) ? s : `${s}Z`;
  const t = Date.parse(withZone);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/**
 * Reads a `/pypi/<name>/json` body. The latest release's upload time is the newest file of
 * `info.version` (`urls`, else `releases[version]`); it is yanked when PyPI says so or when every
 * file of it is yanked.
 */
export function parsePypiProject(body: unknown): PypiData | { error: string } {
  const parsed = projectSchema.safeParse(body);
  if (!parsed.success) return { error: 'PyPI answered with an unexpected JSON shape' };
  const { info, releases, urls } = parsed.data;
  const files = urls && urls.length > 0 ? urls : (releases?.[info.version] ?? []); // `urls` = files of info.version; `releases` is deprecated
  const times = files.map((f) => isoOrNull(f.upload_time_iso_8601 ?? f.upload_time)).filter((t): t is string => t !== null).sort();
  const classifiers = info.classifiers ?? [];
  return {
    version: info.version,
    released: times.at(-1) ?? null,
    requiresPython: info.requires_python?.trim() ? info.requires_python.trim() : null,
    pythonVersions: pythonVersionsFromClassifiers(classifiers),
    developmentStatus: developmentStatusFromClassifiers(classifiers),
    yanked: info.yanked ?? (files.length > 0 && files.every((f) => f.yanked === true)),
  };
}

export interface FetchPypiOptions {
  http: HttpClient;
  /** Default: `PYPI_URL` or https://pypi.org. */
  pypiUrl?: string;
  /** pypistats-style base URL (`/api/packages/<name>/recent`); downloads are skipped without it. */
  statsUrl?: string | undefined;
  /** Projects fetched at once (default 8). */
  concurrency?: number;
  /** Per-request time budget (default 15 s). */
  timeoutMs?: number;
  /** Called after each project, e.g. for progress. */
  onResult?: (result: PypiResult, done: number, total: number) => void | Promise<void>;
  signal?: AbortSignal;
}

async function getJson(http: HttpClient, url: URL, o: FetchPypiOptions): Promise<{ status: number; body?: unknown; error?: string }> {
  try {
    const res = await http.request(url, {
      headers: { accept: 'application/json' },
      maxBodyBytes: 32 * 1024 * 1024,
      totalTimeoutMs: o.timeoutMs ?? 15_000,
      ...(o.signal ? { signal: o.signal } : {}),
    });
    if (res.status !== 200) return { status: res.status };
    if (res.truncated) return { status: 200, error: 'PyPI answer too large' };
    try {
      return { status: 200, body: JSON.parse(res.body.toString('utf8')) };
    } catch {
      return { status: 200, error: 'PyPI answered with malformed JSON' };
    }
  } catch (e) {
    return { status: 0, error: `PyPI unreachable (${e instanceof HttpError ? e.kind : 'other'})` };
  }
}

/** One project: JSON API, then (when configured) its monthly downloads. */
export async function fetchPypiProject(name: string, options: FetchPypiOptions): Promise<PypiResult> {
  const base = options.pypiUrl ?? pypiUrlFromEnv();
  const url = new URL(`pypi/${encodeURIComponent(name)}/json`, base.endsWith('/') ? base : `${base}/`);
  const project = await getJson(options.http, url, options);
  if (project.error) return { status: 'error', name, error: project.error };
  if (project.status === 404) return { status: 'missing', name };
  if (project.status !== 200) return { status: 'error', name, error: `PyPI answered ${project.status}` };
  const data = parsePypiProject(project.body);
  if ('error' in data) return { status: 'error', name, error: data.error };
  if (options.statsUrl) {
    const statsBase = options.statsUrl.endsWith('/') ? options.statsUrl : `${options.statsUrl}/`;
    const stats = await getJson(options.http, new URL(`api/packages/${encodeURIComponent(normalizePypiName(name))}/recent`, statsBase), options);
    const recent = stats.status === 200 ? recentSchema.safeParse(stats.body) : null;
    data.monthlyDownloads = recent?.success ? recent.data.data.last_month : stats.status === 404 ? null : undefined;
  }
  return { status: 'found', name, data };
}

/**
 * Many projects with at most `concurrency` in flight; never throws for one project's fate.
 * Results keyed by the name as given (duplicates fetched once).
 */
export async function fetchPypiProjects(names: readonly string[], options: FetchPypiOptions): Promise<Map<string, PypiResult>> {
  const unique = [...new Set(names)];
  const results = new Map<string, PypiResult>();
  let next = 0;
  const worker = async () => {
    while (next < unique.length && !options.signal?.aborted) {
      const name = unique[next++]!;
      const result = await fetchPypiProject(name, options);
      results.set(name, result);
      await options.onResult?.(result, results.size, unique.length);
    }
  };
  const n = Math.max(1, Math.min(options.concurrency ?? 8, unique.length));
  await Promise.all(Array.from({ length: n }, worker));
  return results;
}
