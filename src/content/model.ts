/**
 * The in-memory picture of a content file that every reader shares — the validator rules,
 * `npm run stats`, the link checker, the activity fetcher, `new`, `readme`, `import` and the site's
 * collections: decoded, split into frontmatter and body, parsed by the one YAML parser
 * (yaml-doc.ts) with positions, and named by its id. Parsing here is pure (bytes in, files and
 * problems out); listing and reading the disk live in walk.ts and load.ts.
 */
import { relative, sep } from 'node:path';
import { splitFrontmatter } from './frontmatter.ts';
import type { Problem } from './problem.ts';
import { decodeContent, id as badFileId } from './rules/bad-file.ts';
import { frontmatterProblem } from './rules/frontmatter-missing.ts';
import { yamlSyntaxProblems } from './rules/yaml-syntax.ts';
import { parsePositionedYaml, parseYamlFile, type PositionedYaml } from './yaml-doc.ts';

export type FileKind = 'groups' | 'tags' | 'category' | 'entry' | 'resource' | 'redirects' | 'synonyms';

/** A Markdown or YAML file, parsed; what any reader needs, whatever folder it came from. */
export interface SourceFile {
  /** Path as shown in reports. */
  path: string;
  /** The decoded text (for rewriting a URL in place, `links --fix`). */
  text: string;
  /** Parsed YAML (the whole file, or the frontmatter); null for Markdown without frontmatter. */
  yaml: PositionedYaml | null;
  /** Offset in `text` where the YAML starts. */
  yamlOffset: number;
  /** The YAML value when it parsed cleanly to a mapping; rules read fields from here. */
  raw: Record<string, unknown> | null;
  /** Markdown body after the frontmatter ('' for YAML files). */
  body: string;
  /** 1-based file line of the first body line. */
  bodyLine: number;
  /** Offset in `text` where the body starts. */
  bodyOffset: number;
}

/** A file of the content folder: a source file with its kind, place and id. */
export interface ContentFile extends SourceFile {
  kind: FileKind;
  /** Path relative to the content root, with `/` separators, e.g. `entries/testing/pytest.md`. */
  rel: string;
  /**
   * Its id: `<category>/<slug>` for an entry (the site's URL and the activity store's key),
   * `<kind>/<slug>` for a resource, the file name for a category, the kind for the rest.
   */
  id: string;
}

/** Which kind of content file a root-relative path is, or null when it is not one we read. */
export function kindOf(rel: string): FileKind | null {
  if (rel === 'groups.yaml') return 'groups';
  if (rel === 'tags.yaml') return 'tags';
  if (rel === 'redirects.yaml') return 'redirects';
  if (rel === 'synonyms.yaml') return 'synonyms';
  if (/^categories\/[^/]+\.ya?ml$/.test(rel)) return 'category';
  if (/^entries\/.+\.md$/.test(rel)) return 'entry';
  if (/^resources\/.+\.md$/.test(rel)) return 'resource';
  return null;
}

/** The id of a content file (see ContentFile.id): decided here and nowhere else. */
export function contentId(kind: FileKind, rel: string): string {
  if (kind === 'entry') return rel.slice('entries/'.length, -'.md'.length);
  if (kind === 'resource') return rel.slice('resources/'.length, -'.md'.length);
  if (kind === 'category') return rel.slice('categories/'.length).replace(/\.ya?ml$/, '');
  return kind;
}

/**
 * The id of an entry file given by path alone (the activity fetcher reads any folder of
 * entries): the path under the nearest `entries/` folder without `.md`, else under `root`.
 */
export function entryIdOf(file: string, root: string): string {
  const parts = file.split(sep);
  const at = parts.lastIndexOf('entries');
  const base = at >= 0 && at < parts.length - 1 ? parts.slice(0, at + 1).join(sep) : root;
  return relative(base, file).split(sep).join('/').replace(/\.md$/, '');
}

function asMap(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

export type SourceFormat = 'markdown' | 'yaml';

/** The format a file name says: `.md`/`.markdown`/`.mdx` are Markdown, `.yaml`/`.yml` YAML. */
export function formatOf(path: string): SourceFormat | null {
  return /\.(md|markdown|mdx)$/i.test(path) ? 'markdown' : /\.ya?ml$/i.test(path) ? 'yaml' : null;
}

/**
 * Parses decoded text. Markdown must open with frontmatter when `frontmatter` is `required`
 * (entries, resources); otherwise a file without one is all body. Returns the file (null when
 * nothing can be read) and the problems that stop further checks on it: missing frontmatter,
 * YAML syntax and limits.
 */
export function parseSourceText(format: SourceFormat, path: string, text: string, frontmatter: 'required' | 'optional' = 'optional'): { file: SourceFile | null; problems: Problem[] } {
  if (format === 'markdown') {
    const split = splitFrontmatter(text);
    if (frontmatter === 'required') {
      const missing = frontmatterProblem(path, text, split ? split.yaml : null);
      if (missing || !split) return { file: null, problems: missing ? [missing] : [] };
    }
    if (!split) return { file: { path, text, yaml: null, yamlOffset: 0, raw: null, body: text, bodyLine: 1, bodyOffset: 0 }, problems: [] };
    const yaml = parsePositionedYaml(split.yaml, split.yamlLine);
    const problems = yamlSyntaxProblems(path, yaml);
    const bom = text.startsWith('\uFEFF') ? 1 : 0;
    const yamlOffset = bom + /^---[ \t]*\r?\n/.exec(text.slice(bom))![0].length;
    return {
      file: { path, text, yaml, yamlOffset, raw: problems.length ? null : asMap(yaml.data), body: split.body, bodyLine: split.bodyLine, bodyOffset: text.length - split.body.length },
      problems,
    };
  }
  const yaml = parseYamlFile(text);
  const problems = yamlSyntaxProblems(path, yaml);
  const yamlOffset = text.startsWith('\uFEFF') ? 1 : 0;
  return { file: { path, text, yaml, yamlOffset, raw: problems.length ? null : asMap(yaml.data), body: '', bodyLine: 1, bodyOffset: text.length }, problems };
}

/** Decodes bytes (size, NUL, UTF-8, empty) and parses them; a bad file is one problem, no file. */
export function parseSourceBytes(format: SourceFormat, path: string, bytes: Uint8Array, frontmatter: 'required' | 'optional' = 'optional'): { file: SourceFile | null; problems: Problem[] } {
  const decoded = decodeContent(bytes);
  if (!decoded.ok) {
    const { position, message, hint } = decoded;
    return { file: null, problems: [{ path, ...position, rule: badFileId, severity: 'error', message, hint }] };
  }
  return parseSourceText(format, path, decoded.text, frontmatter);
}

/**
 * Decodes and parses one file of the content folder. Returns the file (null when it is
 * unreadable or not one we read) and the problems that stop further checks on it.
 */
export function parseContentFile(rel: string, path: string, bytes: Uint8Array): { file: ContentFile | null; problems: Problem[] } {
  const kind = kindOf(rel);
  if (!kind) return { file: null, problems: [] };
  const markdown = kind === 'entry' || kind === 'resource';
  const parsed = parseSourceBytes(markdown ? 'markdown' : 'yaml', path, bytes, markdown ? 'required' : 'optional');
  return { file: parsed.file ? { ...parsed.file, kind, rel, id: contentId(kind, rel) } : null, problems: parsed.problems };
}
