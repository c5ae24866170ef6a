/**
 * /robots.txt: everything may be crawled; points at the sitemap index. Only for a deploy at the
 * root of its host: crawlers never read robots.txt under a sub-path, so a project-pages build
 * (SITE_BASE=/<repo>/) publishes none (src/site/site-url.ts servesRobotsTxt).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { servesRobotsTxt } from '../site/site-url.ts';

export const getStaticPaths = (() => (servesRobotsTxt(import.meta.env.BASE_URL) ? [{ params: { robots: 'robots' } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}sitemap-index.xml`, site ?? 'http://localhost/').href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
