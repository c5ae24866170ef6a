/**
 * Test-only fake of api.github.com (GraphQL `/graphql` with aliased `repository(owner:, name:)`
 * queries, REST `GET /repos/{owner}/{repo}`) and pypi.org (`GET /pypi/<name>/json`, plus a
 * pypistats-style `/api/packages/<name>/recent`), as a real `node:http` server on 127.0.0.1:0.
 * Repositories' fates come from a function; `script` overrides the n-th GraphQL answer so tests
 * can stage rate limits, outages and malformed bodies. Never started by production code.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeRepo {
  kind: 'ok' | 'archived' | 'renamed' | 'deleted';
  /** New owner/name for `renamed`. */
  to?: string;
  stars?: number;
  pushedAt?: string;
  openIssues?: number;
}

export interface FakePypiProject {
  version?: string;
  released?: string;
  classifiers?: string[];
  requiresPython?: string | null;
  yanked?: boolean;
  downloadsLastMonth?: number;
}

/** An override for one request: status, headers and raw body; `undefined` = answer normally. */
export interface ScriptedAnswer {
  status: number;
  headers?: Record<string, string>;
  body: string;
}

export interface FakeGithubOptions {
  /** Fate of a repository; default: every repository exists (`ok`). */
  repo?: (owner: string, name: string) => FakeRepo;
  /** Project data by PyPI name; `null` or absent = 404. `'malformed'` = invalid JSON body. */
  pypi?: (name: string) => FakePypiProject | null | 'malformed';
  /** Answers for the n-th GraphQL request (index 0 = first); holes answer normally. */
  script?: Array<ScriptedAnswer | undefined>;
  /** Milliseconds to wait before answering any request. */
  latencyMs?: number;
  /** Rate-limit headers on normal GraphQL answers (default: plenty remaining). */
  rateHeaders?: () => Record<string, string>;
  /** Token the GraphQL endpoint accepts (default: any non-empty bearer token). */
  token?: string;
}

export interface FakeGithub {
  origin: string;
  graphqlUrl: string;
  /** GraphQL requests seen (including scripted ones). */
  graphqlRequests: number;
  /** Aliases asked in each GraphQL request, in order. */
  aliasesPerRequest: number[];
  /** Requests per path for REST, PyPI and stats. */
  hits: Map<string, number>;
  /** Authorization headers seen (to check the token is sent, never elsewhere). */
  authHeaders: string[];
  close(): Promise<void>;
}

const json = (res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
};

export const okRepo = (): FakeRepo => ({ kind: 'ok' });

/** Fate from the name's first word, like the link farm: `archived-…`, `renamed-…`, `deleted-…`. */
export function fateByName(owner: string, name: string): FakeRepo {
  const stars = [...`${owner}/${name}`].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 50_000, 7);
  const pushedAt = '2026-10-01T00:00:00Z';
  if (name.startsWith('archived-')) return { kind: 'archived', stars, pushedAt };
  if (name.startsWith('renamed-')) return { kind: 'renamed', to: `${owner}-org/${name.slice(8)}`, stars, pushedAt };
  if (name.startsWith('deleted-')) return { kind: 'deleted' };
  return { kind: 'ok', stars, pushedAt, openIssues: stars % 97 };
}

function graphqlNode(owner: string, name: string, fate: FakeRepo) {
  const [o, n] = (fate.to ?? `${owner}/${name}`).split('/');
  const date = fate.pushedAt ?? '2026-11-01T00:00:00Z';
  return {
    nameWithOwner: `${o}/${n}`,
    url: `https://github.com/${o}/${n}`,
    isArchived: fate.kind === 'archived',
    isDisabled: false,
    pushedAt: date,
    stargazerCount: fate.stars ?? 10,
    forkCount: Math.floor((fate.stars ?? 10) / 10),
    issues: { totalCount: fate.openIssues ?? 0 },
    licenseInfo: { spdxId: 'MIT' },
    defaultBranchRef: { target: { committedDate: date } },
    latestRelease: { tagName: 'v1.0.0', publishedAt: date },
    repositoryTopics: { nodes: [{ topic: { name: 'python' } }] },
  };
}

/** Starts the fake on 127.0.0.1 (random port). */
export async function startFakeGithub(options: FakeGithubOptions = {}): Promise<FakeGithub> {
  const fate = options.repo ?? okRepo;
  const rate = options.rateHeaders ?? (() => ({
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
  }));
  const state = { graphqlRequests: 0, aliasesPerRequest: [] as number[], hits: new Map<string, number>(), authHeaders: [] as string[] };

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://x');
    if (options.latencyMs) await new Promise((r) => setTimeout(r, options.latencyMs));
    if (req.headers.authorization) state.authHeaders.push(req.headers.authorization);
    if (url.pathname === '/graphql' && req.method === 'POST') {
      const n = state.graphqlRequests++;
      let raw = '';
      for await (const c of req) raw += c;
      let query = '';
      try {
        query = String((JSON.parse(raw) as { query?: unknown }).query ?? '');
      } catch {
        return json(res, 400, { message: 'Problems parsing JSON' });
      }
      const asked = [...query.matchAll(/(\w+)\s*:\s*repository\s*\(\s*owner\s*:\s*"([^"]+)"\s*,\s*name\s*:\s*"([^"]+)"\s*\)/g)];
      state.aliasesPerRequest.push(asked.length);
      const scripted = options.script?.[n];
      if (scripted) {
        res.writeHead(scripted.status, { 'content-type': 'application/json', ...scripted.headers });
        return res.end(scripted.body);
      }
      const auth = req.headers.authorization ?? '';
      if (!/^bearer \S+$/i.test(auth) || (options.token && auth.slice(7) !== options.token)) {
        return json(res, 401, { message: 'Bad credentials' });
      }
      if (asked.length > 100) return json(res, 200, { errors: [{ message: 'too many nodes' }] }, rate());
      const data: Record<string, unknown> = {};
      const errors: unknown[] = [];
      for (const [, alias = '', owner = '', name = ''] of asked) {
        const f = fate(owner, name);
        if (f.kind === 'deleted') {
          data[alias] = null;
          errors.push({ type: 'NOT_FOUND', path: [alias], message: `Could not resolve to a Repository with the name '${owner}/${name}'.` });
        } else data[alias] = graphqlNode(owner, name, f);
      }
      return json(res, 200, errors.length ? { data, errors } : { data }, rate());
    }
    state.hits.set(url.pathname, (state.hits.get(url.pathname) ?? 0) + 1);
    let m = /^\/repos\/([^/]+)\/([^/]+)$/.exec(url.pathname);
    if (m) {
      const [owner = '', name = ''] = [m[1], m[2]];
      const f = fate(owner, name);
      if (f.kind === 'deleted') return json(res, 404, { message: 'Not Found' }, rate());
      if (f.kind === 'renamed') return json(res, 301, { message: 'Moved Permanently' }, { ...rate(), location: `/repos/${f.to}` });
      const node = graphqlNode(owner, name, f);
      return json(res, 200, {
        full_name: node.nameWithOwner, html_url: node.url, archived: node.isArchived, disabled: false,
        pushed_at: node.pushedAt, stargazers_count: node.stargazerCount, forks_count: node.forkCount,
        open_issues_count: node.issues.totalCount, license: { spdx_id: 'MIT' }, topics: ['python'],
      }, rate());
    }
    m = /^\/pypi\/([^/]+)\/json$/.exec(url.pathname);
    if (m) {
      const p = options.pypi?.(m[1] ?? '');
      if (p === 'malformed') return json(res, 200, '{"info": {"name": "x", "version": ');
      if (!p) return json(res, 404, { message: 'Not Found' });
      const version = p.version ?? '1.0.0';
      return json(res, 200, {
        info: { name: m[1], version, requires_python: p.requiresPython ?? '>=3.9', classifiers: p.classifiers ?? [], yanked: p.yanked ?? false },
        releases: { [version]: [{ upload_time_iso_8601: p.released ?? '2026-10-01T00:00:00.000000Z', yanked: p.yanked ?? false }] },
        urls: [{ upload_time_iso_8601: p.released ?? '2026-10-01T00:00:00.000000Z', yanked: p.yanked ?? false }],
      });
    }
    m = /^\/api\/packages\/([^/]+)\/recent$/.exec(url.pathname);
    if (m) {
      const p = options.pypi?.(m[1] ?? '');
      if (!p || p === 'malformed' || p.downloadsLastMonth === undefined) return json(res, 404, { message: 'Not Found' });
      return json(res, 200, { data: { last_day: 1, last_week: 7, last_month: p.downloadsLastMonth }, package: m[1], type: 'recent_downloads' });
    }
    return json(res, 404, { message: 'Not Found' });
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch(() => res.destroy());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    graphqlUrl: `${origin}/graphql`,
    get graphqlRequests() {
      return state.graphqlRequests;
    },
    aliasesPerRequest: state.aliasesPerRequest,
    hits: state.hits,
    authHeaders: state.authHeaders,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
