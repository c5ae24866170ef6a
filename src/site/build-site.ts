/**
 * Builds the site the one way every command does (`npm run build`, `npm start`): Astro into
 * ATLAS_OUT_DIR (default dist/), Pagefind over the same folder, the search page map
 * (src/search/pages-map.ts), then the stamp that tells
 * `npm start` the build is current. Runs `astro` and `pagefind` from PATH (npm puts
 * node_modules/.bin first).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildFingerprint, writeStamp } from './build-stamp.ts';
import { writePagesMap } from '../search/pages-map.ts';
import type { Clock } from '../time/clock.ts';

/** The build output folder for this environment. */
export function outDirFrom(env: NodeJS.ProcessEnv, root: string): string {
  return path.resolve(root, env.ATLAS_OUT_DIR || 'dist');
}

/** Builds, indexes and stamps the site; returns an error message, or null on success. */
export function buildSite(root: string, env: NodeJS.ProcessEnv, clock: Clock): string | null {
  const outDir = outDirFrom(env, root);
  // Hash the inputs before building: an edit made while the build runs then forces the next rebuild.
  const fingerprint = buildFingerprint(root, env, clock());
  const childEnv = { ...env, ASTRO_TELEMETRY_DISABLED: '1' };
  const astro = spawnSync('astro', ['build'], { cwd: root, stdio: 'inherit', env: childEnv });
  if (astro.status !== 0) return `astro build failed${astro.error ? ` (${astro.error.message})` : ''}`;
  const pagefind = spawnSync('pagefind', ['--site', outDir], { cwd: root, stdio: 'inherit', env: childEnv });
  if (pagefind.status !== 0) return `pagefind failed${pagefind.error ? ` (${pagefind.error.message})` : ''}`;
  // Which Pagefind page is which entry, so search ranks hits without loading their fragments.
  try {
    const { missing } = writePagesMap(outDir);
    if (missing.length) return `search map: ${missing.length} entries are not in the Pagefind index (first: ${missing.slice(0, 3).join(', ')})`;
  } catch (err) {
    return `search map: ${(err as Error).message}`;
  }
  writeStamp(outDir, fingerprint, clock());
  return null;
}
