/**
 * Test-only fake of GitHub's REST issues API (list, create, update, comment) for `o/r`, as a real
 * node:http server on 127.0.0.1:0, keeping issues in the array it is given. Never used by
 * production code.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeIssue {
  number: number;
  title: string;
  state: 'open' | 'closed';
  body: string;
  pull_request?: object;
  comments: string[];
}

/** Starts the fake; `failWith` makes every call answer that status (refusal tests). */
export async function fakeIssuesApi(issues: FakeIssue[], options: { failWith?: number } = {}) {
  const calls: string[] = [];
  const auth: string[] = [];
  const server = http.createServer(async (req, res) => {
    let raw = '';
    for await (const c of req) raw += c;
    const url = new URL(req.url!, 'http://x');
    calls.push(`${req.method} ${url.pathname}${url.search}`);
    auth.push(String(req.headers.authorization));
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    if (options.failWith) return send(options.failWith, { message: 'Resource not accessible by integration' });
    const json = raw ? JSON.parse(raw) : {};
    let m;
    if (req.method === 'GET' && url.pathname === '/repos/o/r/issues') {
      const state = url.searchParams.get('state');
      const page = Number(url.searchParams.get('page') ?? 1);
      const all = issues.filter((i) => i.state === state).sort((a, b) => b.number - a.number);
      return send(200, all.slice((page - 1) * 100, page * 100));
    }
    if (req.method === 'POST' && url.pathname === '/repos/o/r/issues') {
      const issue: FakeIssue = { number: issues.length + 1, title: json.title, body: json.body, state: 'open', comments: [] };
      issues.push(issue);
      return send(201, { ...issue, html_url: `https://github.example/o/r/issues/${issue.number}` });
    }
    if ((m = /^\/repos\/o\/r\/issues\/(\d+)(\/comments)?$/.exec(url.pathname))) {
      const issue = issues.find((i) => i.number === Number(m![1]));
      if (!issue) return send(404, { message: 'Not Found' });
      if (m[2] && req.method === 'POST') {
        issue.comments.push(json.body);
        return send(201, {});
      }
      if (req.method === 'PATCH') {
        Object.assign(issue, json.state ? { state: json.state } : {}, json.body !== undefined ? { body: json.body } : {});
        return send(200, issue);
      }
    }
    send(404, { message: 'Not Found' });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { apiUrl, calls, auth, close: () => new Promise<void>((r) => server.close(() => r())) };
}
