/**
 * The one PyPI client: a project's JSON API answer (`${PYPI_URL}/pypi/<name>/json`), parsed with
 * the schema in src/schemas/pypi-api.ts, and its monthly downloads from a pypistats-style server.
 * The activity fetcher and `npm run new` both ask through here, on the shared HTTP client
 * (src/http). Never throws for a project's fate: 404 is `missing`, anything else unexpected an
 * `error` with a short reason.
 */
import { HttpError, type HttpClient } from '../http/index.ts';
import { withSlash } from '../services/endpoints.ts';
import { normalizePypiName } from '../identity/pypi.ts';
import { pypiProjectSchema, pypiRecentDownloadsSchema, type PypiProject } from '../schemas/pypi-api.ts';

export type PypiLookup =
  | { status: 'found'; name: string; project: PypiProject }
  | { status: 'missing'; name: string }
  | { status: 'error'; name: string; error: string };

export interface PypiRequestOptions {
  http: HttpClient;
  /** PyPI base URL (from src/services/endpoints.ts). */
  baseUrl: string;
  /** Per-request time budget (default 15 s). */
  timeoutMs?: number;
  /** Retries after the first attempt (default: the HTTP client's). */
  retries?: number;
  /** Largest answer read (default 32 MB: big projects list thousands of files). */
  maxBodyBytes?: number;
  signal?: AbortSignal;
}

async function getJson(url: URL, o: PypiRequestOptions): Promise<{ status: number; body?: unknown; error?: string }> {
  try {
    const res = await o.http.request(url, {
      headers: { accept: 'application/json' },
      maxBodyBytes: o.maxBodyBytes ?? 32 * 1024 * 1024,
      totalTimeoutMs: o.timeoutMs ?? 15_000,
      ...(o.retries !== undefined ? { retries: o.retries } : {}),
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

/** One project's JSON API answer. */
export async function fetchPypiProject(name: string, options: PypiRequestOptions): Promise<PypiLookup> {
  const res = await getJson(new URL(`pypi/${encodeURIComponent(name)}/json`, withSlash(options.baseUrl)), options);
  if (res.error) return { status: 'error', name, error: res.error };
  if (res.status === 404) return { status: 'missing', name };
  if (res.status !== 200) return { status: 'error', name, error: `PyPI answered ${res.status}` };
  const parsed = pypiProjectSchema.safeParse(res.body);
  return parsed.success ? { status: 'found', name, project: parsed.data } : { status: 'error', name, error: 'PyPI answered with an unexpected JSON shape' };
}

/**
 * Downloads in the last month from a pypistats-style server at `statsUrl`: a number, null when
 * the server does not know the project (404), undefined when it failed (keep the old figure).
 */
export async function fetchMonthlyDownloads(name: string, statsUrl: string, options: Omit<PypiRequestOptions, 'baseUrl'>): Promise<number | null | undefined> {
  const url = new URL(`api/packages/${encodeURIComponent(normalizePypiName(name))}/recent`, withSlash(statsUrl));
  const stats = await getJson(url, { ...options, baseUrl: statsUrl });
  const recent = stats.status === 200 ? pypiRecentDownloadsSchema.safeParse(stats.body) : null;
  return recent?.success ? recent.data.data.last_month : stats.status === 404 ? null : undefined;
}
