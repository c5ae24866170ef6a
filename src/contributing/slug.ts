/**
 * Turning human names into file names. Entries live at `entries/<category>/<slug>.md` and the slug
 * is also the last part of the entry's URL on the site, so `new`, `import` and the README
 * generator must agree on one spelling: this module is that agreement.
 */

/** Longest slug we write; long names make unreadable URLs. */
export const MAX_SLUG_LENGTH = 60;

/**
 * Lowercase kebab-case from any display name: accents folded ("Pandas Profiling ü" ->
 * "pandas-profiling-u"), "+" kept as "plus" (so "C++" and "C" differ), everything else that is not
 * a letter or digit becomes a dash. Returns '' when nothing usable is left (e.g. "漢字").
 */
export function slugify(name: string): string {
  const folded = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/\+/g, '-plus-')
    .replace(/&/g, '-and-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (folded.length <= MAX_SLUG_LENGTH) return folded;
  const cut = folded.slice(0, MAX_SLUG_LENGTH);
  // Cut at a word boundary: keep the last word when the cut falls right after it.
  if (folded[MAX_SLUG_LENGTH] === '-') return cut;
  return cut.replace(/-+[^-]*$/, '') || cut;
}

/**
 * A slug for an item: from its name, else from the last path segment of its URL, else `fallback`.
 * Names made only of non-Latin characters still get a stable, readable file name this way.
 */
export function slugForItem(name: string, url: string, fallback: string): string {
  const fromName = slugify(name);
  if (fromName) return fromName;
  try {
    const segments = new URL(url).pathname.split('/').filter(Boolean);
    const last = segments.at(-1);
    const fromUrl = last ? slugify(decodeURIComponent(last).replace(/\.git$/, '')) : '';
    if (fromUrl) return fromUrl;
    const fromHost = slugify(new URL(url).hostname.replace(/^www\./, ''));
    if (fromHost) return fromHost;
  } catch {
    // not a URL: fall through
  }
  return fallback;
}

/**
 * Picks `base`, or `base-2`, `base-3`… when taken. `taken` is updated, so calling it in a loop
 * gives every clashing item its own file instead of overwriting the first one.
 */
export function uniqueSlug(base: string, taken: Set<string>): string {
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}
