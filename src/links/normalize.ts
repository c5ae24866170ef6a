/**
 * One spelling per link: URLs as written are normalized (scheme/host case, default port, empty
 * path) so the same page is checked once however often and however it is written, and the
 * fragment is split off (the page is fetched once for all its fragments).
 */

export interface NormalizedUrl {
  /** Normalized URL with fragment: the store key and the unit of a verdict. */
  key: string;
  /** Normalized URL without fragment: the unit of an HTTP check. */
  page: string;
  /** Decoded fragment without '#', or undefined when there is none (or it is empty). */
  fragment: string | undefined;
}

/** Parses and normalizes an absolute http(s) URL; null for anything else (mailto:, relative…). */
export function normalizeUrl(written: string): NormalizedUrl | null {
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

export interface Remap {
  from: string;
  to: string;
}

/** Parses `--remap '<from-prefix> <to-prefix>'`; null when it is not two space-separated parts. */
export function parseRemap(spec: string): Remap | null {
  const parts = spec.trim().split(/\s+/);
  if (parts.length !== 2 || !parts[0] || !parts[1]) return null;
  return { from: parts[0], to: parts[1] };
}

/** Rewrites a URL through the first remap whose prefix matches (requests go to mirrors/tests). */
export function applyRemap(url: string, remaps: readonly Remap[]): string {
  for (const r of remaps) if (url.startsWith(r.from)) return r.to + url.slice(r.from.length);
  return url;
}

/** The inverse of applyRemap, so a reported final URL reads like the input did. */
export function undoRemap(url: string, remaps: readonly Remap[]): string {
  for (const r of remaps) if (url.startsWith(r.to)) return r.from + url.slice(r.to.length);
  return url;
}
