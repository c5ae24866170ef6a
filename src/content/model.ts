/**
 * The in-memory picture of the content folder that the validator rules, `npm run stats` and the
 * originality test share: one `ContentFile` per file, already decoded and parsed, with positions.
 * Parsing here is pure (bytes in, files and problems out); reading the disk lives in load.ts.
 */
import { splitFrontmatter } from './frontmatter.ts';
import type { Problem } from './problem.ts';
import { decodeContent, id as badFileId } from './rules/bad-file.ts';
import { frontmatterProblem } from './rules/frontmatter-missing.ts';
import { yamlSyntaxProblems } from './rules/yaml-syntax.ts';
import { parsePositionedYaml, parseYamlFile, type PositionedYaml } from './yaml-doc.ts';

export type FileKind = 'groups' | 'tags' | 'category' | 'entry' | 'resource' | 'redirects' | 'synonyms';

export interface ContentFile {
  kind: FileKind;
  /** Path relative to the content root, with `/` separators, e.g. `entries/testing/pytest.md`. */
  rel: string;
  /** Path as shown in reports. */
  path: string;
  /** Parsed YAML (the whole file, or the frontmatter); null when the file could not be read or split. */
  yaml: PositionedYaml | null;
  /** The YAML value when it parsed cleanly to a mapping; rules read fields from here. */
  raw: Record<string, unknown> | null;
  /** Markdown body after the frontmatter ('' for YAML files). */
  body: string;
  /** 1-based file line of the first body line. */
  bodyLine: number;
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

function asMap(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/**
 * Decodes and parses one file. Returns the file (null when it is unreadable) and the problems that
 * stop further checks on it: bad bytes, missing frontmatter, YAML syntax.
 */
export function parseContentFile(rel: string, path: string, bytes: Uint8Array): { file: ContentFile | null; problems: Problem[] } {
  const kind = kindOf(rel);
  if (!kind) return { file: null, problems: [] };
  const decoded = decodeContent(bytes);
  if (!decoded.ok) {
    const { position, message, hint } = decoded;
    return { file: null, problems: [{ path, ...position, rule: badFileId, severity: 'error', message, hint }] };
  }
  const text = decoded.text;
  if (kind === 'entry' || kind === 'resource') {
    const split = splitFrontmatter(text);
    const missing = frontmatterProblem(path, text, split ? split.yaml : null);
    if (missing || !split) return { file: null, problems: missing ? [missing] : [] };
    const yaml = parsePositionedYaml(split.yaml, split.yamlLine);
    const problems = yamlSyntaxProblems(path, yaml);
    return {
      file: { kind, rel, path, yaml, raw: problems.length ? null : asMap(yaml.data), body: split.body, bodyLine: split.bodyLine },
      problems,
    };
  }
  const yaml = parseYamlFile(text);
  const problems = yamlSyntaxProblems(path, yaml);
  return { file: { kind, rel, path, yaml, raw: problems.length ? null : asMap(yaml.data), body: '', bodyLine: 1 }, problems };
}
