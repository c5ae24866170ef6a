/**
 * PyPI facts for the activity store: latest version and its upload time, `requires_python`, the
 * Python versions and Development Status from the trove classifiers, whether the latest release
 * is yanked, and monthly downloads when a pypistats-style server is configured. The requests go
 * through the one PyPI client (src/pypi/client.ts); reading the facts out of an answer is pure
 * and lives here. A 404 is data (`missing`), a malformed answer is an error kept as data.
 */
import type { HttpClient } from '../http/index.ts';
import { fetchMonthlyDownloads, fetchPypiProject as fetchPypiJson } from '../pypi/client.ts';
import { pypiProjectSchema, type PypiProject } from '../schemas/pypi-api.ts';

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
  const parsed = pypiProjectSchema.safeParse(body);
  return parsed.success ? pypiFacts(parsed.data) : { error: 'PyPI answered with an unexpected JSON shape' };
}

/** The facts of an answer already parsed by the client. */
export function pypiFacts(project: PypiProject): PypiData {
  const { info, releases, urls } = project;
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
  /** PyPI base URL (from src/services/endpoints.ts). */
  pypiUrl: string;
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

/** One project: JSON API, then (when configured) its monthly downloads. */
export async function fetchPypiProject(name: string, options: FetchPypiOptions): Promise<PypiResult> {
  const request = { http: options.http, ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}), ...(options.signal ? { signal: options.signal } : {}) };
  const answer = await fetchPypiJson(name, { ...request, baseUrl: options.pypiUrl });
  if (answer.status !== 'found') return answer;
  const data = pypiFacts(answer.project);
  if (options.statsUrl) data.monthlyDownloads = await fetchMonthlyDownloads(name, options.statsUrl, request);
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
