/**
 * A real `node:http` server on 127.0.0.1 (port 0) for tests of the HTTP client and the link
 * checker: routes are plain handlers, and the server counts requests and the peak number in
 * flight, so politeness can be asserted. Test-only; never started by production code.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse, hit: number) => void | Promise<void>;

export interface TestServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** Requests seen per path (`/x`), all methods. */
  hits: Map<string, number>;
  /** Methods seen per path, in order. */
  methods: Map<string, string[]>;
  /** Most requests in flight at once. */
  peak: number;
  close(): Promise<void>;
}

/** Starts a server whose routes map a path (without query) to a handler; 404 otherwise. */
export async function startServer(routes: Record<string, Handler>, host = '127.0.0.1'): Promise<TestServer> {
  let inFlight = 0;
  const state = { peak: 0 };
  const hits = new Map<string, number>();
  const methods = new Map<string, string[]>();
  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const n = (hits.get(path) ?? 0) + 1;
    hits.set(path, n);
    methods.set(path, [...(methods.get(path) ?? []), req.method ?? '?']);
    inFlight++;
    state.peak = Math.max(state.peak, inFlight);
    res.on('close', () => inFlight--);
    const route = routes[path] ?? Object.entries(routes).find(([p]) => p.endsWith('*') && path.startsWith(p.slice(0, -1)))?.[1];
    if (!route) {
      res.writeHead(404).end('not found');
      return;
    }
    Promise.resolve(route(req, res, n)).catch(() => res.destroy());
  });
  await new Promise<void>((r) => server.listen(0, host, r));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://${host}:${port}`,
    hits,
    methods,
    get peak() {
      return state.peak;
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** An HTML page with the given element ids. */
export const page = (...ids: string[]) =>
  `<!doctype html><html><body>${ids.map((id) => `<p id="${id}">x</p>`).join('')}</body></html>`;
