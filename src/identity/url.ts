/**
 * What a URL *is*, decided once for the whole project. Two questions have two answers, so they
 * have two names:
 * - `sameUrlKey`: are two links "the same page" for a reader (duplicates, "already listed")?
 *   Ignores scheme, `www.`, tracking parameters, a trailing slash and case on code hosts.
 * - `linkTarget`: what the link checker fetches and stores under: the URL as the web sees it
 *   (scheme/host case and default port folded), with the fragment split off.
 * Plus which query parameters only track the visitor. Pure functions.
 */

const TRACKING_EXACT = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'igshid', 'wbraid', 'gbraid',
  'mc_cid', 'mc_eid', '_ga', '_gl', '_hsenc', '_hsmi', 'mkt_tok', 'oly_anon_id', 'oly_enc_id', 'vero_id',
  'ref', 'ref_src', 'ref_url', 'referrer', 'si', 'trk', 'spm', 'share_source', 'wickedid', '__s',
]);

/** Whether a query parameter only tracks the visitor (utm_*, fbclid, gclid, ref, …). */
export function isTrackingParam(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING_EXACT.has(n) || n.startsWith('utm_') || n.startsWith('hsa_') || n.startsWith('pk_');
}

/** The tracking parameters present in a URL (empty for clean or unparsable URLs). */
export function trackingParams(url: string): string[] {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [];
  }
  return [...new Set([...parsed.searchParams.keys()].filter(isTrackingParam))];
}

/** An absolute http(s) URL, parsed; null for any other scheme or for text that is no URL. */
export function parseWebUrl(raw: string): URL | null {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return null;
  }
  return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
}

const CASE_INSENSITIVE_HOSTS = new Set(['github.com', 'gitlab.com', 'codeberg.org', 'pypi.org', 'bitbucket.org']);

/**
 * A comparison key for "is this the same page": ignores http vs https, `www.`, default ports,
 * fragments, tracking parameters, parameter order, a trailing slash or `/index.html`, a `.git`
 * suffix, and letter case on code hosts (GitHub treats `Owner/Repo` and `owner/repo` alike).
 * Returns null for strings that are not absolute http(s) URLs.
 */
export function sameUrlKey(url: string): string | null {
  const u = parseWebUrl(url);
  if (!u) return null;
  const host = u.hostname.toLowerCase().replace(/^www\./, '');
  let path = safeDecode(u.pathname).replace(/\/index\.html?$/i, '/').replace(/\/+$/, '');
  if (CASE_INSENSITIVE_HOSTS.has(host)) path = path.toLowerCase().replace(/\.git$/, '');
  const params = [...u.searchParams.entries()].filter(([k]) => !isTrackingParam(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  const port = u.port && u.port !== '80' && u.port !== '443' ? `:${u.port}` : '';
  return `${host}${port}${path}${query}`;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** One link as the checker sees it. */
export interface LinkTarget {
  /** Normalized URL with fragment: the store key and the unit of a verdict. */
  key: string;
  /** Normalized URL without fragment: the unit of an HTTP check. */
  page: string;
  /** Decoded fragment without '#', or undefined when there is none (or it is empty). */
  fragment: string | undefined;
}

/**
 * One spelling per fetched link: scheme/host case, default port and an empty path folded, so the
 * same page is checked once however it is written, and the fragment split off (the page is
 * fetched once for all its fragments). Null for anything but an absolute http(s) URL.
 */
export function linkTarget(written: string): LinkTarget | null {
  const trimmed = written.trim();
  if (!/^https?:\/\//i.test(trimmed)) return null;
  let u: URL;
  try {
    u = new URL(trimmed);
  } catch {
    return null;
  }
  if (!u.hostname) return null;
  const rawFragment = u.hash.slice(1);
  u.hash = '';
  const page = u.href;
  let fragment: string | undefined;
  if (rawFragment) {
    try {
      fragment = decodeURIComponent(rawFragment);
    } catch {
      fragment = rawFragment;
    }
  }
  return { key: fragment === undefined ? page : `${page}#${rawFragment}`, page, fragment };
}
