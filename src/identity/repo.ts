/**
 * Which repository a string names, decided once for the whole project: the entry schema's `repo`
 * field, the activity fetcher, the link checker's GitHub shortcut, `new` and `import` all ask
 * here. GitHub owner and name are checked against GitHub's own character rules before they get
 * anywhere near a GraphQL query, so a value from frontmatter can never inject query text.
 */
import { parseWebUrl } from './url.ts';

export interface RepoRef {
  owner: string;
  name: string;
}

/** The code hosts an entry's `repo` may point at. */
export type RepoHost = 'github' | 'gitlab' | 'codeberg';

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

/**
 * What an entry's `repo` field may hold: the root of a repository on github.com, gitlab.com
 * (groups nest) or codeberg.org, an optional trailing slash and nothing more.
 */
export function isRepositoryUrl(url: string): boolean {
  return /^https?:\/\/(github\.com|gitlab\.com|codeberg\.org)\/[^/]+\/[^/]+\/?$/.test(url) ||
    /^https?:\/\/gitlab\.com\/[^/]+(\/[^/]+)+\/?$/.test(url);
}

/** The code host of a `repo` value (a bare `owner/name` is GitHub's), or null for any other. */
export function repoHostOf(url: string): RepoHost | null {
  const m = /^(?:https?:\/\/)?(?:www\.)?(github\.com|gitlab\.com|codeberg\.org)\//i.exec(url.trim());
  if (!m) return /^[^/:\s]+\/[^/:\s]+$/.test(url.trim()) ? 'github' : null;
  return ({ 'github.com': 'github', 'gitlab.com': 'gitlab', 'codeberg.org': 'codeberg' } as const)[m[1]!.toLowerCase() as 'github.com'];
}

const REPO_HOSTS = new Set(['github.com', 'gitlab.com', 'codeberg.org']);

/** github.com paths that look like owner/name but are not repositories. */
const RESERVED_GITHUB_OWNERS = new Set(['orgs', 'topics', 'sponsors', 'marketplace', 'collections', 'features', 'apps', 'settings', 'about']);

/**
 * The repository URL (`https://github.com/owner/name`) when `raw` points into a repository on
 * GitHub, GitLab or Codeberg (a deeper path such as `/tree/main/docs` still names the repo on
 * GitHub and Codeberg); undefined otherwise. `new` and `import` fill an entry's `repo` from it.
 */
export function repoUrlOf(raw: string): string | undefined {
  const url = parseWebUrl(raw);
  if (!url) return undefined;
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  if (!REPO_HOSTS.has(host)) return undefined;
  const parts = url.pathname.split('/').filter(Boolean);
  const [owner, rawName] = parts;
  if (!owner || !rawName) return undefined;
  const name = rawName.replace(/\.git$/, '');
  if (!/^[\w.-]+$/.test(owner) || !/^[\w.-]+$/.test(name)) return undefined;
  if (host === 'gitlab.com') {
    // GitLab groups nest; "/-/" starts the non-repository part of the path.
    const stop = parts.indexOf('-');
    const repoParts = (stop === -1 ? parts : parts.slice(0, stop)).map((p) => p.replace(/\.git$/, ''));
    if (repoParts.length < 2) return undefined;
    return `https://gitlab.com/${repoParts.join('/')}`;
  }
  if (host === 'github.com' && RESERVED_GITHUB_OWNERS.has(owner.toLowerCase())) return undefined;
  return `https://${host}/${owner}/${name}`;
}

/** The GitHub repository any URL into it names (`…/tree/main/docs` too), for the GitHub API. */
export function githubRepoIn(raw: string): RepoRef | undefined {
  const repo = repoUrlOf(raw);
  return (repo && parseGithubRepo(repo)) || undefined;
}

/**
 * The repository a fetched page is the home of (`https://github.com/<owner>/<repo>`, no query,
 * port or credentials), else null: the link checker answers those through the GitHub API.
 */
export function githubRepoHome(page: string): RepoRef | null {
  const u = parseWebUrl(page);
  if (!u) return null;
  if (u.hostname !== 'github.com' && u.hostname !== 'www.github.com') return null;
  if (u.search || u.username || u.port) return null;
  return parseGithubRepo(`https://github.com${u.pathname}`);
}
