/**
 * content/redirects.yaml, read once for everyone who must follow a move: the site (redirect
 * pages), the activity store (history carried to an entry's new id). Read through the content
 * index's reader and YAML parser like every other content file.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { formatFindings } from '../cli/format.ts';
import { readSourceFile } from './load.ts';
import { redirectsFileSchema, type RedirectsFile } from '../schemas/redirects.ts';

/**
 * Reads `<contentRoot>/redirects.yaml`; a content folder without one (the site benchmark's
 * synthetic content) has no redirects. A malformed file stops the build with one line naming it;
 * `npm run validate` points at the exact key.
 */
export function loadRedirects(contentRoot: string): RedirectsFile {
  const file = path.join(contentRoot, 'redirects.yaml');
  if (!existsSync(file)) return {};
  // The content index's reader and YAML parser, as for every other content file.
  const read = readSourceFile(file, 'yaml', file);
  if (!read.file) throw new Error(`${file} cannot be read:\n${formatFindings('text', read.problems)}`);
  if (read.problems.length) throw new Error(`${file} is not valid YAML:\n${formatFindings('text', read.problems)}`);
  const result = redirectsFileSchema.safeParse(read.file.yaml?.data ?? {});
  if (!result.success) throw new Error(`${file} is not valid (run npm run validate to see where): ${result.error.issues[0]?.message ?? 'unknown problem'}`);
  return result.data;
}
