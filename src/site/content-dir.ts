/**
 * Where the site reads its content from. Defaults to `./content`; the site benchmark points
 * `ATLAS_CONTENT_DIR` at a generated folder of 10,000 synthetic entries without touching the repo.
 */
import path from 'node:path';

/** Absolute path of the content root (groups.yaml, categories/, entries/, data/ …). */
export function contentDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.ATLAS_CONTENT_DIR || 'content');
}
