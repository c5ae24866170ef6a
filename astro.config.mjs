// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';

// The public URL of the site; override with SITE_URL for forks and previews.
const site = process.env.SITE_URL ?? 'https://python-atlas.github.io';
const base = process.env.SITE_BASE ?? '/';

export default defineConfig({
  site,
  base,
  // The site benchmark builds synthetic content into its own folder instead of dist/.
  outDir: process.env.ATLAS_OUT_DIR || './dist',
  // Two builds at once (a benchmark beside a dev build) must not share Astro's content cache.
  cacheDir: process.env.ATLAS_CACHE_DIR || './node_modules/.astro',
  trailingSlash: 'ignore',
  integrations: [sitemap({ filter: (page) => !page.endsWith('/404/') })],
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // Editors (the Astro VS Code extension) autocomplete entry and resource frontmatter from the
  // collection schemas that `astro sync` writes when this is on.
  experimental: { contentIntellisense: true },
});
