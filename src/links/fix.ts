/**
 * `--fix`: rewrites permanently redirected URLs in place, touching nothing else of the file
 * (frontmatter values and body links alike). Each replacement is made inside the node that held
 * the URL, and a frontmatter rewrite is re-parsed to prove the YAML value became exactly the new
 * URL; anything doubtful is skipped and reported rather than guessed, and a public URL is never
 * rewritten to a private address (loopback, private network, metadata service).
 */
import { readFileSync } from 'node:fs';
import { writeFileAtomic } from '../files/atomic-write.ts';
import { extractLinks } from './extract.ts';
import { formatOf, parseSourceText } from '../content/model.ts';
import { privateUrlKind } from '../http/private-address.ts';

export interface FixResult {
  file: string;
  line: number;
  from: string;
  to: string;
  applied: boolean;
  /** Why a fix was skipped. */
  reason?: string;
}

/** A YAML plain scalar can hold the URL as is; otherwise it is double-quoted. */
function yamlSafe(url: string): boolean {
  return !/[\s]#|:\s|^[\s"'&*!|>%@`{[]|[\s]$/.test(url);
}

/**
 * Applies `moves` (URL as written → new URL) to one file's text. Pure: returns the new text and
 * what was done, so it is tested without touching disk.
 */
export async function applyFixes(
  file: string,
  text: string,
  moves: ReadonlyMap<string, string>,
): Promise<{ text: string; results: FixResult[] }> {
  const links = (await extractLinks(file, text)).links.filter((l) => moves.has(l.url));
  const results: FixResult[] = [];
  let out = text;
  // Back to front, so earlier offsets stay valid.
  for (const link of [...links].sort((a, b) => b.start - a.start)) {
    const to = moves.get(link.url)!;
    // A public page that "moved" into loopback, a private network or a metadata service is an
    // attack or a misconfiguration, never a new address to publish.
    if (privateUrlKind(to) !== null && privateUrlKind(link.url) === null) {
      results.push({ file, line: link.line, from: link.url, to, applied: false, reason: 'redirect target is a private address' });
      continue;
    }
    const slice = out.slice(link.start, link.end);
    // In a body link the destination follows the text, which may repeat the URL.
    const at = link.where === 'body' ? slice.lastIndexOf(link.url) : slice.indexOf(link.url);
    if (at < 0) {
      results.push({ file, line: link.line, from: link.url, to, applied: false, reason: 'URL not found verbatim (escaped or split)' });
      continue;
    }
    let replacement = to;
    if (link.where === 'frontmatter') {
      const quoted = /^["']/.test(slice.trimStart());
      if (!quoted && !yamlSafe(to)) replacement = JSON.stringify(to);
    }
    out = out.slice(0, link.start + at) + replacement + out.slice(link.start + at + link.url.length);
    results.push({ file, line: link.line, from: link.url, to, applied: true });
  }
  // Re-read with the content index's parser: a rewrite must not break the YAML.
  const yamlErrors = (t: string) => parseSourceText(formatOf(file) ?? 'markdown', file, t).problems.length;
  if (results.some((r) => r.applied) && yamlErrors(out) > yamlErrors(text)) {
    return { text, results: results.map((r) => ({ ...r, applied: false, reason: 'rewrite would break the frontmatter' })) };
  }
  return { text: out, results: results.reverse() };
}

/** Applies `moves` to files on disk; writes only files that changed, each atomically (an interrupted --fix leaves whole entries). */
export async function fixFiles(files: Iterable<string>, moves: ReadonlyMap<string, string>): Promise<FixResult[]> {
  const all: FixResult[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const { text: next, results } = await applyFixes(file, text, moves);
    if (next !== text) await writeFileAtomic(file, next);
    all.push(...results);
  }
  return all;
}
