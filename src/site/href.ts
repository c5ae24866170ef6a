/** Site paths with the deployment base (SITE_BASE), so forks served under /atlas/ keep working. */
import { withBase } from './markdown.ts';

/** A site path ("/category/testing/") prefixed with the configured base. */
export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL ?? '/', path);
}
