/**
 * The decisions of the link checker, as pure functions with table tests (classify.test.ts):
 * what one HTTP answer means, whether HEAD can be trusted, what a redirect chain amounts to, and
 * what a network error says about a page. A bot wall, a timeout or a 5xx says nothing final, so
 * they are `unknown`, never `dead`: a checker that cries wolf gets ignored.
 */
import type { NetworkErrorKind } from '../http/index.ts';
import type { Verdict } from '../schemas/link-status.ts';

/** What one response means for the URL that was asked. */
export type HopDecision =
  | { kind: 'ok' }
  | { kind: 'redirect'; permanent: boolean; location: string }
  | { kind: 'final'; verdict: 'dead' | 'unknown'; reason: string };

type Headers = Record<string, string | undefined>;

/** Signs that a 403/429/503 is a bot challenge in front of a page a person would see. */
export function isBotWall(status: number, headers: Headers): boolean {
  if (status === 999) return true; // LinkedIn and friends
  if (status !== 403 && status !== 429 && status !== 503) return false;
  if (headers['cf-mitigated'] === 'challenge') return true;
  if (headers['x-amzn-waf-action']) return true;
  const server = (headers['server'] ?? '').toLowerCase();
  return status === 403 && (server.includes('cloudflare') || server.includes('akamai') || server.includes('ddos-guard'));
}

/**
 * HEAD is an optimisation, not a source of truth: many servers refuse it (405, 501), answer it
 * wrongly (403, 404) or fail it (5xx, 429). HEAD is sent once, without retries; any answer but a
 * success, a redirect or the unambiguous 410 is asked again with GET, which gets the retries.
 */
export function headNeedsGet(status: number): boolean {
  return status >= 400 && status !== 410;
}

/** Network failures of a HEAD worth a GET: resets and odd errors; not refusals, DNS or timeouts. */
export function headErrorNeedsGet(kind: NetworkErrorKind): boolean {
  return kind === 'reset' || kind === 'other';
}

/** Classifies one response (after the HTTP client's retries). */
export function classifyResponse(status: number, headers: Headers): HopDecision {
  if (status >= 200 && status < 300) return { kind: 'ok' };
  if (status >= 300 && status < 400) {
    const location = headers['location'];
    if (status === 304 || status === 300) return { kind: 'ok' };
    if (!location) return { kind: 'final', verdict: 'unknown', reason: `${status} without Location` };
    return { kind: 'redirect', permanent: status === 301 || status === 308, location };
  }
  if (isBotWall(status, headers)) return { kind: 'final', verdict: 'unknown', reason: `bot wall (${status})` };
  // Only "not here" is final; any other refusal (400, 401, 403, 451…) may be about us, not the page.
  if (status === 404 || status === 410) return { kind: 'final', verdict: 'dead', reason: String(status) };
  return { kind: 'final', verdict: 'unknown', reason: String(status) };
}

/**
 * What a request that got no response says: only "nobody there" is final. A resolver that cannot
 * answer now (EAI_AGAIN: no network, a DNS outage) says nothing about the page, so a run without
 * network marks nothing dead; a private address was never asked (the guard refused it).
 */
export function classifyNetworkError(kind: NetworkErrorKind): { verdict: 'dead' | 'unknown'; reason: string } {
  switch (kind) {
    case 'refused':
      return { verdict: 'dead', reason: 'connection refused' };
    case 'dns':
      return { verdict: 'dead', reason: 'unknown host' };
    case 'dns-temporary':
      return { verdict: 'unknown', reason: 'DNS lookup failed (temporary)' };
    case 'private':
      return { verdict: 'unknown', reason: PRIVATE_REASON };
    case 'timeout':
      return { verdict: 'unknown', reason: 'timeout' };
    case 'reset':
      return { verdict: 'unknown', reason: 'connection reset' };
    case 'tls':
      return { verdict: 'unknown', reason: 'TLS error' };
    case 'aborted':
      return { verdict: 'unknown', reason: 'aborted' };
    default:
      return { verdict: 'unknown', reason: 'network error' };
  }
}

/** The reason shown for a link the private-address guard did not fetch. */
export const PRIVATE_REASON = 'private address, not checked';

export interface Hop {
  from: string;
  to: string;
  permanent: boolean;
}

/**
 * Sums up a redirect chain that ended on a working page. The URL to write into the list is the
 * target of the leading run of permanent hops: `301 → 302 → 200` means "update to the 301's
 * target", `302 → 301 → 200` means "keep it" (a temporary hop may move back).
 */
export function summarizeRedirects(start: string, hops: readonly Hop[]): { verdict: Verdict; finalUrl?: string } {
  let canonical = start;
  for (const hop of hops) {
    if (!hop.permanent) break;
    canonical = hop.to;
  }
  return canonical === start ? { verdict: 'ok' } : { verdict: 'redirected', finalUrl: canonical };
}

/** Fragments no server-side HTML can prove or disprove (client routes, text fragments, `top`). */
export function isUncheckableFragment(fragment: string): boolean {
  return fragment === 'top' || fragment.startsWith('/') || fragment.startsWith('!') || fragment.startsWith(':~:');
}
