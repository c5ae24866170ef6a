/**
 * Finds what `npm run activity` should look up: for every Markdown entry under the given paths,
 * its id and the `repo` and `pypi` fields of its frontmatter, with their file positions. Only
 * those two fields are read (the rest of the entry schema is the validator's business), so the
 * fetcher runs on any folder of entries, such as the link farm's generated corpus.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { isMap, isScalar, type Document } from 'yaml';
import type { Finding } from '../cli/finding.ts';
import { parseFrontmatter } from '../content/frontmatter.ts';
import { pypiName } from '../schemas/entry.ts';
import { parseGithubRepo, repoHostOf, type RepoHost, type RepoRef } from '../identity/repo.ts';

export interface FieldAt<T> {
  value: T;
  line: number;
  col: number;
}

export interface ActivityTarget {
  /** Entry id: path under the `entries` folder without `.md`, e.g. `web-frameworks/fastapi`. */
  id: string;
  /** File path as shown in messages (relative to the working directory when inside it). */
  file: string;
  repo?: FieldAt<string> & { host: RepoHost; ref?: RepoRef };
  pypi?: FieldAt<string>;
}

/** Why an entry could not be looked up: a warning at the field (rules `activity/bad-repo`, `activity/bad-pypi`, `activity/no-frontmatter`, `activity/yaml`). */
export type TargetProblem = Finding;

function display(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return rel === '' || rel.startsWith('..') ? abs : rel.split(sep).join('/');
}

function listMarkdown(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((n) => n.endsWith('.md'))
    .map((n) => join(dir, n))
    .sort();
}

/**
 * Where ids are counted from: the nearest ancestor folder named `entries`, else the folder the
 * user named (or the file's own folder).
 */
function idOf(file: string, root: string): string {
  const parts = file.split(sep);
  const at = parts.lastIndexOf('entries');
  const base = at >= 0 && at < parts.length - 1 ? parts.slice(0, at + 1).join(sep) : root;
  return relative(base, file).split(sep).join('/').replace(/\.md$/, '');
}

/** Expands CLI paths: a folder with an `entries/` child means that child (so `content/` skips resources). */
export function expandPaths(paths: readonly string[], cwd: string = process.cwd()): Array<{ file: string; root: string }> {
  const out: Array<{ file: string; root: string }> = [];
  const seen = new Set<string>();
  for (const p of paths) {
    const abs = resolve(cwd, p);
    const st = statSync(abs, { throwIfNoEntry: false });
    if (!st) throw new Error(`${p}: no such file or folder`);
    let files: string[];
    let root: string;
    if (st.isDirectory()) {
      root = existsSync(join(abs, 'entries')) && statSync(join(abs, 'entries')).isDirectory() ? join(abs, 'entries') : abs;
      files = listMarkdown(root);
    } else {
      root = dirname(abs);
      files = [abs];
    }
    for (const f of files) {
      if (seen.has(f)) continue;
      seen.add(f);
      out.push({ file: f, root });
    }
  }
  return out;
}

function fieldAt(doc: Document.Parsed, key: string, position: (o: number) => { line: number; col: number }): { line: number; col: number } {
  if (isMap(doc.contents)) {
    for (const item of doc.contents.items) {
      if (isScalar(item.key) && item.key.value === key) {
        const node = (isScalar(item.value) ? item.value : item.key) as { range?: [number, number, number] | null };
        return position(node.range?.[0] ?? 0);
      }
    }
  }
  return { line: 1, col: 1 };
}

/** Reads one entry file's text into a target (or problems). Pure apart from its inputs. */
export function targetFromText(text: string, id: string, file: string): { target: ActivityTarget | null; problems: TargetProblem[] } {
  const fm = parseFrontmatter(text);
  if (!fm) {
    return { target: null, problems: [{ path: file, line: 1, col: 1, rule: 'activity/no-frontmatter', severity: 'warning', message: 'no YAML frontmatter', hint: 'start the file with a --- line, the fields, and another --- line' }] };
  }
  if (fm.data === undefined || fm.data === null || typeof fm.data !== 'object' || Array.isArray(fm.data)) {
    const err = fm.doc.errors[0];
    const at = err ? fm.position(err.pos[0]) : { line: fm.yamlLine, col: 1 };
    return { target: null, problems: [{ path: file, ...at, rule: 'activity/yaml', severity: 'warning', message: err ? err.message.split('\n')[0]! : 'frontmatter is not a mapping', hint: 'fix the YAML (npm run validate explains more)' }] };
  }
  const data = fm.data as Record<string, unknown>;
  const problems: TargetProblem[] = [];
  const target: ActivityTarget = { id, file };
  if (data.repo !== undefined) {
    const at = fieldAt(fm.doc, 'repo', fm.position);
    const raw = typeof data.repo === 'string' ? data.repo : '';
    const host = repoHostOf(raw);
    const ref = host === 'github' ? parseGithubRepo(raw) : null;
    if (!host || (host === 'github' && !ref)) {
      problems.push({ path: file, ...at, rule: 'activity/bad-repo', severity: 'warning', message: `repo ${JSON.stringify(data.repo)} is not a repository URL we can read`, hint: 'write it like https://github.com/owner/name' });
    } else {
      target.repo = { value: raw, ...at, host, ...(ref ? { ref } : {}) };
    }
  }
  if (data.pypi !== undefined) {
    const at = fieldAt(fm.doc, 'pypi', fm.position);
    const parsed = pypiName.safeParse(data.pypi);
    if (!parsed.success) {
      problems.push({ path: file, ...at, rule: 'activity/bad-pypi', severity: 'warning', message: `pypi ${JSON.stringify(data.pypi)} is not a PyPI project name`, hint: 'write the distribution name as on pypi.org, like "requests"' });
    } else target.pypi = { value: parsed.data, ...at };
  }
  return { target, problems };
}

/** Reads every entry under `paths` (files or folders). Throws only for a path that does not exist. */
export function collectTargets(paths: readonly string[], cwd: string = process.cwd()): { targets: ActivityTarget[]; problems: TargetProblem[] } {
  const targets: ActivityTarget[] = [];
  const problems: TargetProblem[] = [];
  const ids = new Set<string>();
  for (const { file, root } of expandPaths(paths, cwd)) {
    const id = idOf(file, root) || basename(file, '.md');
    if (ids.has(id)) continue;
    ids.add(id);
    const r = targetFromText(readFileSync(file, 'utf8'), id, display(file, cwd));
    problems.push(...r.problems);
    if (r.target) targets.push(r.target);
  }
  targets.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { targets, problems };
}
