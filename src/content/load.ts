/**
 * The content index: reads the content folder from disk once — listed by the one walker
 * (walk.ts: symbolic links reported, never followed), sizes checked before reading, bytes handed
 * to the pure parser in model.ts — into parsed files with positions and ids, plus every problem
 * met on the way. The validator, `npm run stats`, `new`, `readme`, `import` and the site's
 * collections all start here, so what the validator accepts is exactly what the others read.
 * Never writes.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { kindOf, parseContentFile, parseSourceBytes, type ContentFile, type SourceFile, type SourceFormat } from './model.ts';
import type { Problem } from './problem.ts';
import { checkSize, id as badFileId, symlinkProblem } from './rules/bad-file.ts';
import { strayFileProblem } from './rules/stray-file.ts';
import { walkFiles } from './walk.ts';

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

/** Content files, other files in the content folders that the site would skip, and links. */
function scan(root: string): { rels: string[]; strays: string[]; links: string[] } {
  const walked = walkFiles(root);
  const rel = (abs: string) => relative(root, abs).split(sep).join('/');
  const rels: string[] = [];
  const strays: string[] = [];
  for (const abs of walked.files) {
    const r = rel(abs);
    if (kindOf(r)) rels.push(r);
    else if (/^(entries|resources|categories)\//.test(r)) strays.push(r);
  }
  return { rels, strays, links: walked.links.map(rel) };
}

/** Reads one file's bytes, refusing an oversized one before reading it; a problem when it cannot. */
function readBytes(abs: string, path: string): Uint8Array | Problem {
  try {
    const tooBig = checkSize(statSync(abs).size);
    if (tooBig && !tooBig.ok) return { path, ...tooBig.position, rule: badFileId, severity: 'error', message: tooBig.message, hint: tooBig.hint };
    return readFileSync(abs);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    return { path, line: 1, col: 1, rule: badFileId, severity: 'error', message: `cannot read the file (${code})`, hint: 'check that it is a regular, readable file' };
  }
}

/**
 * Reads and parses one Markdown or YAML file outside the content layout (the link checker's
 * README, a folder of entries for the activity fetcher), through the same checks and parser.
 */
export function readSourceFile(abs: string, format: SourceFormat, path: string, frontmatter: 'required' | 'optional' = 'optional'): { file: SourceFile | null; problems: Problem[] } {
  const bytes = readBytes(abs, path);
  return bytes instanceof Uint8Array ? parseSourceBytes(format, path, bytes, frontmatter) : { file: null, problems: [bytes] };
}

/**
 * Lists the files under `start` (a folder or a file) through the one walker; every symbolic link
 * found is a bad-file problem (`display` turns absolute paths into shown ones).
 */
export function listFiles(start: string, display: (abs: string) => string = (abs) => displayPath(abs)): { files: string[]; problems: Problem[] } {
  const walked = walkFiles(start);
  return { files: walked.files, problems: walked.links.map((abs) => symlinkProblem(display(abs))) };
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
  const { rels, strays, links } = scan(root);
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
  for (const rel of links) {
    const path = display(join(root, rel));
    paths.push(path);
    problems.push(symlinkProblem(path));
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
    const bytes = readBytes(abs, path);
    if (!(bytes instanceof Uint8Array)) {
      problems.push(bytes);
      return;
    }
    const parsed = parseContentFile(rel, path, bytes);
    if (parsed.file) files.push(parsed.file);
    problems.push(...parsed.problems);
  }
}
