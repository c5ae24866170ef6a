/**
 * `--remap`: rewrites URL prefixes before requests (mirrors, the loopback link farm, tests) and
 * back in reports. What a URL *is* (its store key, page and fragment) lives in src/identity/url.ts.
 */

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
