/**
 * Checks one page over HTTP: HEAD first (GET when HEAD is refused or lies), redirects followed by
 * hand (at most `maxRedirects`, loops detected) so a permanent move is told apart from a temporary
 * one, and — when fragments are wanted — a GET that reads HTML only until every fragment has been
 * seen. All decisions are in classify.ts; this module is the I/O loop around them.
 */
import { HttpError, type HttpClient, type HttpResponse } from '../http/index.ts';
import type { Verdict } from '../schemas/link-status.ts';
import { classifyNetworkError, classifyResponse, headErrorNeedsGet, headNeedsGet, summarizeRedirects, type Hop } from './classify.ts';
import { FragmentScanner } from './fragments.ts';
import { applyRemap, undoRemap, type Remap } from './normalize.ts';

/** Redirects followed before giving up: 20, like Chrome and Firefox, so a chain a browser follows is not dead. */
export const MAX_REDIRECTS = 20;

export interface PageCheckOptions {
  http: HttpClient;
  remaps?: readonly Remap[];
  /** Default 20, as browsers (Chrome, Firefox) follow. */
  maxRedirects?: number;
  /** How much HTML to read at most when looking for fragments. Default 4 MiB. */
  maxHtmlBytes?: number;
  signal?: AbortSignal;
}

export interface PageCheck {
  verdict: Verdict;
  status?: number;
  /** For `redirected`: where the page lives now (in the input's spelling, remaps undone). */
  finalUrl?: string;
  reason?: string;
  /** GitHub repositories only: the repository is archived (the link works; flag it). */
  archived?: boolean;
  /** Per wanted fragment: found, missing, or undecidable (page not HTML / too long). */
  fragments: Map<string, 'found' | 'missing' | 'undecided'>;
}

/**
 * A minimal cookie jar for one redirect chain: some sites redirect to themselves until the client
 * sends back the cookie they set. Cookies go back only to the host that set them.
 */
function keepCookies(jar: Map<string, Map<string, string>>, host: string, setCookie: string): void {
  const cookies = jar.get(host) ?? new Map<string, string>();
  for (const line of setCookie.split('\n')) {
    const pair = /^\s*([^=;\s]+)=([^;]*)/.exec(line);
    if (pair) cookies.set(pair[1]!, pair[2]!.trim());
  }
  jar.set(host, cookies);
}

function cookieHeader(jar: Map<string, Map<string, string>>, host: string): Record<string, string> {
  const cookies = jar.get(host);
  if (!cookies || cookies.size === 0) return {};
  return { cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') };
}

const isHtml = (headers: Record<string, string>) => /html|xml/i.test(headers['content-type'] ?? 'text/html');

/**
 * Checks `page` (normalized, no fragment, as written — remaps are applied here) and, when
 * `fragments` is non-empty, whether the final page carries those ids.
 */
export async function checkPage(page: string, fragments: ReadonlySet<string>, options: PageCheckOptions): Promise<PageCheck> {
  const remaps = options.remaps ?? [];
  const maxRedirects = options.maxRedirects ?? MAX_REDIRECTS;
  const needBody = fragments.size > 0;
  const start = applyRemap(page, remaps);
  let setsCookies = false;
  const jar = new Map<string, Map<string, string>>(); // host -> cookie name -> value
  // A loop is the same URL asked with the same cookies: a site that redirects to itself after
  // setting a cookie is given one more try with it.
  const stateOf = (u: string) => `${u}\n${cookieHeader(jar, new URL(u).host).cookie ?? ''}`;
  const visited = new Set<string>([stateOf(start)]);
  const hops: Hop[] = [];
  let url = start;
  let method: 'HEAD' | 'GET' = needBody ? 'GET' : 'HEAD';

  const noFragments = new Map<string, 'found' | 'missing' | 'undecided'>();

  for (;;) {
    const scanner = needBody && method === 'GET' ? new FragmentScanner(fragments) : undefined;
    let res: HttpResponse;
    try {
      res = await options.http.request(url, {
        method,
        // Some servers answer 406 or an error page to clients that accept nothing in particular.
        headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8', ...cookieHeader(jar, new URL(url).host) },
        ...(method === 'HEAD' ? { retries: 0 } : {}),
        maxBodyBytes: scanner ? (options.maxHtmlBytes ?? 4 * 2 ** 20) : 0,
        ...(scanner ? { readUntil: (b: Buffer) => scanner.feed(b) } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
      });
    } catch (e) {
      if (!(e instanceof HttpError)) throw e;
      if (method === 'HEAD' && headErrorNeedsGet(e.kind)) {
        method = 'GET';
        continue;
      }
      const { verdict, reason } = classifyNetworkError(e.kind);
      return { verdict, reason, fragments: noFragments };
    }
    if (method === 'HEAD' && headNeedsGet(res.status)) {
      method = 'GET';
      continue;
    }
    const decision = classifyResponse(res.status, res.headers);
    if (decision.kind === 'final') {
      return { verdict: decision.verdict, status: res.status, reason: decision.reason, fragments: noFragments };
    }
    if (decision.kind === 'redirect') {
      let next: string;
      try {
        const target = new URL(decision.location, url);
        target.hash = '';
        next = target.href;
      } catch {
        return { verdict: 'unknown', status: res.status, reason: 'invalid Location', fragments: noFragments };
      }
      // ftp:, app stores, mailto:… cannot be checked over HTTP; asking would only burn retries
      // and report a misleading "network error".
      const scheme = new URL(next).protocol;
      if (scheme !== 'http:' && scheme !== 'https:') {
        return { verdict: 'unknown', status: res.status, reason: `redirects to ${scheme} (not checked over HTTP)`, fragments: noFragments };
      }
      if (res.headers['set-cookie']) {
        setsCookies = true;
        keepCookies(jar, new URL(url).host, res.headers['set-cookie']);
      }
      const loop = visited.has(stateOf(next));
      if (loop || hops.length >= maxRedirects) {
        const what = loop ? 'redirect loop' : `more than ${maxRedirects} redirects`;
        // A site that loops until the client keeps its cookies works in a browser: not dead.
        return setsCookies
          ? { verdict: 'unknown', status: res.status, reason: `${what} (sets cookies)`, fragments: noFragments }
          : { verdict: 'dead', status: res.status, reason: what, fragments: noFragments };
      }
      visited.add(stateOf(next));
      hops.push({ from: url, to: next, permanent: decision.permanent });
      url = next;
      method = needBody ? 'GET' : 'HEAD';
      continue;
    }
    // A working page: sum up the redirects, then the fragments.
    const summary = summarizeRedirects(start, hops);
    const result: PageCheck = { verdict: summary.verdict, status: res.status, fragments: new Map() };
    if (summary.finalUrl) result.finalUrl = undoRemap(summary.finalUrl, remaps);
    for (const f of fragments) {
      if (!scanner || !isHtml(res.headers)) result.fragments.set(f, 'undecided');
      else if (scanner.has(f)) result.fragments.set(f, 'found');
      else result.fragments.set(f, res.truncated ? 'undecided' : 'missing');
    }
    return result;
  }
}
