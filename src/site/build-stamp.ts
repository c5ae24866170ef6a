/**
 * Whether dist/ is the build of what is checked out now. `npm run build` writes a stamp (a hash of
 * every input: content, source, public files, lockfile, the environment the build reads, and the
 * UTC day the build took as "now"); `npm start` rebuilds only when the stamp is missing or differs,
 * so a fresh clone builds once and a second start serves at once.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { utcDay } from '../time/clock.ts';
import { writeFileAtomicSync } from '../files/atomic-write.ts';

/** The stamp file inside the build output. */
export const STAMP_FILE = '.atlas-build.json';

/** Files and folders (relative to the project root) whose content decides the built site. */
export const BUILD_INPUTS = ['content', 'src', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'] as const;

/** Environment variables the build reads (see astro.config.mjs and src/site/). */
export const BUILD_ENV = ['SITE_URL', 'SITE_BASE', 'ATLAS_CONTENT_DIR', 'ATLAS_NOW'] as const;

/** Every regular file under `input`, sorted; a symbolic link counts by its target text, never followed. */
function inputFiles(root: string, input: string): string[] {
  const abs = path.join(root, input);
  const st = fs.lstatSync(abs, { throwIfNoEntry: false });
  if (!st) return [];
  if (!st.isDirectory()) return [input];
  return fs
    .readdirSync(abs, { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(input, f))
    .filter((f) => !fs.lstatSync(path.join(root, f)).isDirectory())
    .sort();
}

/** A hash of every build input as it is on disk now, plus the build environment and day. */
export function buildFingerprint(root: string, env: NodeJS.ProcessEnv, now: Date): string {
  const hash = createHash('sha256');
  for (const input of BUILD_INPUTS) {
    for (const file of inputFiles(root, input)) {
      const abs = path.join(root, file);
      const st = fs.lstatSync(abs);
      hash.update(`${file}\0`);
      hash.update(st.isSymbolicLink() ? `link:${fs.readlinkSync(abs)}` : fs.readFileSync(abs));
      hash.update('\0');
    }
  }
  for (const name of BUILD_ENV) hash.update(`${name}=${env[name] ?? ''}\0`);
  // Without ATLAS_NOW the build dates "new" and "stale" badges by the day it runs.
  hash.update(`day=${env.ATLAS_NOW ? '' : utcDay(now)}`);
  return hash.digest('hex');
}

/** Why `outDir` must be (re)built, or null when its stamp matches `fingerprint`. */
export function rebuildReason(outDir: string, fingerprint: string): string | null {
  if (!fs.existsSync(path.join(outDir, 'index.html'))) return `${outDir} has no built site`;
  if (!fs.existsSync(path.join(outDir, 'pagefind'))) return `${outDir} has no search index`;
  let stamp: unknown;
  try {
    stamp = JSON.parse(fs.readFileSync(path.join(outDir, STAMP_FILE), 'utf8'));
  } catch {
    return `${outDir} was built without a stamp`;
  }
  if ((stamp as { fingerprint?: unknown }).fingerprint !== fingerprint) return 'content or code changed since the last build';
  return null;
}

/** Records that `outDir` is the build of `fingerprint` (written last, after a successful build). */
export function writeStamp(outDir: string, fingerprint: string, builtAt: Date): void {
  writeFileAtomicSync(path.join(outDir, STAMP_FILE), `${JSON.stringify({ fingerprint, builtAt: builtAt.toISOString() })}\n`);
}
