/**
 * Where a project's repository is, read from its URLs: `new` asks the GitHub API about it and the
 * importer fills an entry's `repo` from the link. "Same URL" and "same package" comparisons are
 * the validator's (src/content/urls.ts), so duplicates mean one thing everywhere.
 */

const REPO_HOSTS = new Set(['github.com', 'gitlab.com', 'codeberg.org']);

/**
 * The repository URL (`https://github.com/owner/name`) when `raw` points into a repository on
 * GitHub, GitLab or Codeberg (a deeper path such as `/tree/main/docs` still names the repo on
 * GitHub and Codeberg); undefined otherwise.
 */
export function repoUrlOf(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
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

/** github.com paths that look like owner/name but are not repositories. */
const RESERVED_GITHUB_OWNERS = new Set(['orgs', 'topics', 'sponsors', 'marketplace', 'collections', 'features', 'apps', 'settings', 'about']);

/** `owner/name` for a GitHub repository URL, else undefined (the GitHub API needs this form). */
export function githubSlugOf(raw: string): { owner: string; name: string } | undefined {
  const repo = repoUrlOf(raw);
  const m = repo ? /^https:\/\/github\.com\/([^/]+)\/([^/]+)$/.exec(repo) : null;
  return m && m[1] && m[2] ? { owner: m[1], name: m[2] } : undefined;
}
