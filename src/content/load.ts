/**
 * Reads the content folder from disk (the only I/O of the validator): lists the files we know,
 * checks sizes before reading, and hands the bytes to the pure parser in model.ts. Never writes.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { kindOf, parseContentFile, type ContentFile } from './model.ts';
import type { Problem } from './problem.ts';
import { checkSize, id as badFileId } from './rules/bad-file.ts';
import { strayFileProblem } from './rules/stray-file.ts';

export interface LoadedContent {
  /** Absolute path of the content root. */
  root: string;
  files: ContentFile[];
  /** Display paths of every content file found, including those too broken to parse. */
  paths: string[];
  /** Problems found while reading and parsing (bad files, missing frontmatter, YAML syntax). */
  problems: Problem[];
}

/** Shows a path relative to the working directory when it lies inside it, else absolute. */
export function displayPath(abs: string, cwd = process.cwd()): string {
  const rel = relative(cwd, abs);
  return rel === '' || rel.startsWith('..') || rel.startsWith(sep + sep) ? abs : rel.split(sep).join('/');
}

const REQUIRED = ['groups.yaml', 'tags.yaml'];

/** Content files, plus other files in the content folders that the site would skip. */
function scan(root: string): { rels: string[]; strays: string[] } {
  const entries = readdirSync(root, { recursive: true, withFileTypes: true });
  const rels: string[] = [];
  const strays: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const rel = relative(root, join(entry.parentPath, entry.name)).split(sep).join('/');
    if (kindOf(rel)) rels.push(rel);
    else if (/^(entries|resources|categories)\//.test(rel)) strays.push(rel);
  }
  return { rels: rels.sort(), strays: strays.sort() };
}

/**
 * Loads and parses the whole content folder. `onProgress` is called after each file so a CLI can
 * draw a progress bar; `display` turns an absolute path into the path shown in reports.
 */
export function loadContent(
  root: string,
  options: { display?: (abs: string) => string; onProgress?: (done: number, total: number) => void } = {},
): LoadedContent {
  const display = options.display ?? ((abs: string) => displayPath(abs));
  const { rels, strays } = scan(root);
  const files: ContentFile[] = [];
  const paths: string[] = [];
  const problems: Problem[] = [];
  for (const name of REQUIRED) {
    if (!rels.includes(name)) {
      problems.push({
        path: display(join(root, name)),
        line: 1,
        col: 1,
        rule: badFileId,
        severity: 'error',
        message: `${name} is missing from the content folder`,
        hint: `create ${name} (see the README); every entry's ${name === 'tags.yaml' ? 'tags' : 'category group'} is checked against it`,
      });
    }
  }
  for (const rel of strays) {
    const path = display(join(root, rel));
    const stray = strayFileProblem(rel, path);
    if (stray) {
      paths.push(path);
      problems.push(stray);
    }
  }
  rels.forEach((rel, i) => {
    readOne(rel);
    options.onProgress?.(i + 1, rels.length);
  });
  return { root, files, paths, problems };

  function readOne(rel: string): void {
    const abs = join(root, rel);
    const path = display(abs);
    paths.push(path);
    let parsed: ReturnType<typeof parseContentFile>;
    try {
      const tooBig = checkSize(statSync(abs).size);
      if (tooBig && !tooBig.ok) {
        problems.push({ path, ...tooBig.position, rule: badFileId, severity: 'error', message: tooBig.message, hint: tooBig.hint });
        return;
      }
      parsed = parseContentFile(rel, path, readFileSync(abs));
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? 'error';
      problems.push({ path, line: 1, col: 1, rule: badFileId, severity: 'error', message: `cannot read the file (${code})`, hint: 'check that it is a regular, readable file' });
      return;
    }
    if (parsed.file) files.push(parsed.file);
    problems.push(...parsed.problems);
  }
}
