// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { contentDir } from './src/site/content-dir.ts';
import { astroRedirects, redirectPaths, redirectSources } from './src/site/redirects.ts';
import { loadRedirects } from './src/content/redirects.ts';
import { siteUrlFromEnv } from './src/site/site-url.ts';

// The public URL of the site; set SITE_URL for forks and previews (a CI build without it warns).
const { site, warning } = siteUrlFromEnv(process.env);
if (warning) console.warn(warning);
const base = process.env.SITE_BASE ?? '/';
// Old category and entry addresses (content/redirects.yaml) get a redirect page each; they are
// not pages of their own, so the sitemap leaves them out.
const redirects = redirectPaths(loadRedirects(contentDir()));
const redirected = redirectSources(redirects, base);

export default defineConfig({
  site,
  base,
  // The site benchmark builds synthetic content into its own folder instead of dist/.
  outDir: process.env.ATLAS_OUT_DIR || './dist',
  // Two builds at once (a benchmark beside a dev build) must not share Astro's content cache.
  cacheDir: process.env.ATLAS_CACHE_DIR || './node_modules/.astro',
  trailingSlash: 'ignore',
  integrations: [sitemap({ filter: (page) => !page.endsWith('/404/') && !redirected.has(new URL(page).pathname) })],
  redirects: astroRedirects(redirects, base),
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // Editors (the Astro VS Code extension) autocomplete entry and resource frontmatter from the
  // collection schemas that `astro sync` writes when this is on.
  experimental: { contentIntellisense: true },
});
