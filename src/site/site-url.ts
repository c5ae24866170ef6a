/**
 * Where a build says it lives. Canonical URLs, the sitemap, rss.xml and llms.txt are absolute, so
 * a build that does not know its address points them at the upstream site: a fork served
 * elsewhere would silently tell crawlers and feed readers that its pages are ours. The build
 * (astro.config.mjs) reads SITE_URL through here and warns in CI when it is missing.
 */
import { workflowData } from '../report/escape.ts';

/** The upstream address, used when SITE_URL is not set (local builds, previews). */
export const DEFAULT_SITE_URL = 'https://python-atlas.github.io';

export interface SiteUrl {
  site: string;
  /** A line for the build log, or null when SITE_URL is set or the build is not in CI. */
  warning: string | null;
}

/** The build's address from the environment, and the warning a CI build without SITE_URL prints. */
export function siteUrlFromEnv(env: Record<string, string | undefined>): SiteUrl {
  const set = (env.SITE_URL ?? '').trim();
  if (set) return { site: set, warning: null };
  const ci = env.CI !== undefined && env.CI !== '' && env.CI !== 'false' && env.CI !== '0';
  if (!ci) return { site: DEFAULT_SITE_URL, warning: null };
  const message = `SITE_URL is not set: canonical URLs, the sitemap, rss.xml and llms.txt of this build point at ${DEFAULT_SITE_URL}. Set SITE_URL (and SITE_BASE for a sub-path) to the address the site is served from.`;
  return { site: DEFAULT_SITE_URL, warning: env.GITHUB_ACTIONS === 'true' ? `::warning title=SITE_URL not set::${workflowData(message)}` : `warning: ${message}` };
}

/**
 * Whether the build may publish robots.txt. Crawlers read it only at the root of a host
 * (RFC 9309), so a deploy under a sub-path (GitHub project pages: /<repo>/) would ship a file
 * nobody reads; the host's own robots.txt rules there, and pages point at the sitemap with
 * `<link rel="sitemap">`.
 */
export function servesRobotsTxt(base: string): boolean {
  return base === '/' || base === '';
}
