/**
 * Redirect pages for old addresses. content/redirects.yaml (src/schemas/redirects.ts) maps old
 * category and entry ids to their new homes; this module turns it into the site paths Astro's
 * `redirects` config wants, so a static build writes, at every old path, a small page with a meta
 * refresh, a canonical link, a visible link and `noindex` (Astro's own redirect template).
 * astro.config.mjs is the only caller; src/pages stays untouched.
 */
import type { RedirectsFile } from '../schemas/redirects.ts';
import { withBase } from './markdown.ts';

export interface Redirect {
  /** Old site path, without the base: `/category/gui-frameworks/`. */
  from: string;
  /** New site path, without the base: `/category/user-interfaces/`, `/resources/#website`. */
  to: string;
}

/** Where an old entry now lives: an entry page, or the resources page section of its kind. */
function entryPath(target: string): string {
  const m = /^resources\/([^/]+)\/[^/]+$/.exec(target);
  return m ? `/resources/#${m[1]}` : `/entries/${target}/`;
}

/** Every old path and its new one, categories first, each list in file order. */
export function redirectPaths(file: RedirectsFile): Redirect[] {
  const out: Redirect[] = [];
  for (const [old, target] of Object.entries(file.categories ?? {})) {
    const [category, section] = target.split('#');
    out.push({ from: `/category/${old}/`, to: `/category/${category}/${section ? `#${section}` : ''}` });
  }
  for (const [old, target] of Object.entries(file.entries ?? {})) out.push({ from: `/entries/${old}/`, to: entryPath(target) });
  return out;
}

/**
 * Astro's `redirects` map. Astro matches the source under the configured base by itself but
 * writes the destination as given, so the destination gets the base here. Sources drop the
 * trailing slash: Astro accepts one spelling per route, and `trailingSlash: 'ignore'` serves both.
 */
export function astroRedirects(list: readonly Redirect[], base: string): Record<string, string> {
  return Object.fromEntries(list.map((r) => [r.from.replace(/\/$/, ''), withBase(base, r.to)]));
}

/** The old paths with the base, as the sitemap sees pages, so it can leave redirect pages out. */
export function redirectSources(list: readonly Redirect[], base: string): Set<string> {
  return new Set(list.map((r) => withBase(base, r.from)));
}
