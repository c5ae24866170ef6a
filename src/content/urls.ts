/**
 * What "the same link" and "the same package" mean for the duplicate and tracking rules: URL
 * normalization (scheme, www, trailing slash, case on code hosts, tracking parameters) and PEP 503
 * name normalization. Pure functions, shared by the rules and their tests.
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

const CASE_INSENSITIVE_HOSTS = new Set(['github.com', 'gitlab.com', 'codeberg.org', 'pypi.org', 'bitbucket.org']);

/**
 * A comparison key for "is this the same page": ignores http vs https, `www.`, default ports,
 * fragments, tracking parameters, parameter order, a trailing slash or `/index.html`, a `.git`
 * suffix, and letter case on code hosts (GitHub treats `Owner/Repo` and `owner/repo` alike).
 * Returns null for strings that are not absolute http(s) URLs.
 */
export function normalizeUrl(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
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

/** PEP 503 normalized distribution name: `Flask_SQLAlchemy` and `flask-sqlalchemy` are one project. */
export function normalizePypiName(name: string): string {
  return name.trim().toLowerCase().replace(/[-_.]+/g, '-');
}
