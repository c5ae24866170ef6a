/**
 * Finds what `npm run activity` should look up: for every Markdown entry under the given paths,
 * its id and the `repo` and `pypi` fields of its frontmatter, with their file positions. Files
 * are listed and parsed by the content index (src/content/load.ts, model.ts: one walker, one
 * YAML parser), so a symbolic link or YAML the validator refuses is the same finding here, and
 * the entry is skipped, not the run. Only those two fields are read (the rest of the entry
 * schema is the validator's business), so the fetcher runs on any folder of entries, such as the
 * link farm's generated corpus.
 */
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Finding } from '../cli/finding.ts';
import { displayPath, listFiles, readSourceFile } from '../content/load.ts';
import { entryIdOf, type SourceFile } from '../content/model.ts';
import { locate } from '../content/yaml-doc.ts';
import { parseGithubRepo, repoHostOf, type RepoHost, type RepoRef } from '../identity/repo.ts';
import { pypiName } from '../schemas/entry.ts';

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

/** Expands CLI paths: a folder with an `entries/` child means that child (so `content/` skips resources). */
function expandPaths(paths: readonly string[], cwd: string, problems: Finding[]): Array<{ file: string; root: string }> {
  const out: Array<{ file: string; root: string }> = [];
  const seen = new Set<string>();
  for (const p of paths) {
    const abs = resolve(cwd, p);
    const st = statSync(abs, { throwIfNoEntry: false });
    if (!st) throw new Error(`${p}: no such file or folder`);
    const root = !st.isDirectory() ? dirname(abs) : existsSync(join(abs, 'entries')) && statSync(join(abs, 'entries')).isDirectory() ? join(abs, 'entries') : abs;
    const listed = listFiles(st.isDirectory() ? root : abs, (f) => displayPath(f, cwd));
    problems.push(...listed.problems);
    for (const f of listed.files) {
      if (seen.has(f) || !f.endsWith('.md')) continue;
      seen.add(f);
      out.push({ file: f, root });
    }
  }
  return out;
}

/** Reads an entry's `repo` and `pypi` into a target, or says why it cannot be looked up. Pure. */
export function targetFromSource(source: SourceFile, id: string): { target: ActivityTarget | null; problems: Finding[] } {
  const file = source.path;
  const data = source.raw;
  if (!data || !source.yaml) {
    const at = source.yaml ? { line: source.yaml.yamlLine, col: 1 } : { line: 1, col: 1 };
    return { target: null, problems: [{ path: file, ...at, rule: 'activity/yaml', severity: 'warning', message: 'frontmatter is not a mapping of fields', hint: 'write the fields as `key: value` lines (npm run validate explains more)' }] };
  }
  const yaml = source.yaml;
  const problems: Finding[] = [];
  const target: ActivityTarget = { id, file };
  if (data.repo !== undefined) {
    const at = locate(yaml, ['repo']);
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
    const at = locate(yaml, ['pypi']);
    const parsed = pypiName.safeParse(data.pypi);
    if (!parsed.success) {
      problems.push({ path: file, ...at, rule: 'activity/bad-pypi', severity: 'warning', message: `pypi ${JSON.stringify(data.pypi)} is not a PyPI project name`, hint: 'write the distribution name as on pypi.org, like "requests"' });
    } else target.pypi = { value: parsed.data, ...at };
  }
  return { target, problems };
}

/**
 * Reads every entry under `paths` (files or folders). Throws only for a path that does not
 * exist; every file it cannot use is a finding (the validator's, when the validator would refuse it).
 */
export function collectTargets(paths: readonly string[], cwd: string = process.cwd()): { targets: ActivityTarget[]; problems: Finding[] } {
  const targets: ActivityTarget[] = [];
  const problems: Finding[] = [];
  const ids = new Set<string>();
  for (const { file, root } of expandPaths(paths, cwd, problems)) {
    const id = entryIdOf(file, root) || basename(file, '.md');
    if (ids.has(id)) continue;
    ids.add(id);
    const read = readSourceFile(file, 'markdown', displayPath(file, cwd), 'required');
    problems.push(...read.problems);
    if (!read.file || read.problems.length > 0) continue;
    const r = targetFromSource(read.file, id);
    problems.push(...r.problems);
    if (r.target) targets.push(r.target);
  }
  targets.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { targets, problems };
}
