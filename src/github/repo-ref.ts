/**
 * Which GitHub repository a string names, validated before it gets anywhere near a GraphQL query:
 * owner and name are checked against GitHub's own character rules, so a value from frontmatter
 * can never inject query text.
 */

export interface RepoRef {
  owner: string;
  name: string;
}

/** GitHub logins: 1–39 alphanumerics or single hyphens, not starting with a hyphen. */
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9-])){0,38}$/;
/** Repository names: 1–100 of letters, digits, `.`, `_`, `-`; not `.` or `..`. */
const NAME = /^[A-Za-z0-9._-]{1,100}$/;

/** True when owner and name could be a GitHub repository (so they are safe to quote in a query). */
export function isValidRepoRef(ref: RepoRef): boolean {
  return OWNER.test(ref.owner) && NAME.test(ref.name) && ref.name !== '.' && ref.name !== '..';
}

/**
 * Reads `owner/name`, `github.com/owner/name` or an http(s) GitHub URL (trailing slash or `.git`
 * allowed) into a validated ref; `null` for anything else (other hosts, deeper paths, bad names).
 */
export function parseGithubRepo(input: string): RepoRef | null {
  let s = input.trim();
  const url = /^(?:https?:\/\/)?(?:www\.)?github\.com\/(.*)$/i.exec(s);
  if (url) s = url[1] ?? '';
  else if (s.includes(':')) return null; // another scheme or host:port
  s = s.replace(/[?#].*$/, '').replace(/\/+$/, '');
  const parts = s.split('/');
  if (parts.length !== 2) return null;
  const [owner = '', rawName = ''] = parts;
  const name = rawName.endsWith('.git') ? rawName.slice(0, -4) : rawName;
  const ref = { owner, name };
  return isValidRepoRef(ref) ? ref : null;
}

/** `owner/name` as written. */
export function repoSlug(ref: RepoRef): string {
  return `${ref.owner}/${ref.name}`;
}

/** Case-insensitive identity (GitHub treats owner and name case-insensitively). */
export function repoKey(ref: RepoRef): string {
  return repoSlug(ref).toLowerCase();
}
