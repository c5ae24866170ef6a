/**
 * Splits a Markdown file into its YAML frontmatter and body, remembering line numbers, and parses
 * the YAML with positions. Every script that reads entries (validator, link checker, activity,
 * README generator) goes through here, so "where is the frontmatter" has one answer.
 */
import { LineCounter, parseDocument, type Document } from 'yaml';

export interface FrontmatterSplit {
  /** The YAML text between the `---` fences (without them). */
  yaml: string;
  /** 1-based line of the first YAML line in the file. */
  yamlLine: number;
  /** Everything after the closing fence. */
  body: string;
  /** 1-based line of the first body line in the file. */
  bodyLine: number;
}

/** Returns null when the file does not start with a `---` fence closed by another `---` line. */
export function splitFrontmatter(text: string): FrontmatterSplit | null {
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const open = /^---[ \t]*\r?\n/.exec(src);
  if (!open) return null;
  const rest = src.slice(open[0].length);
  const close = /^---[ \t]*(?:\r?\n|$)/m.exec(rest);
  if (!close) return null;
  const yaml = rest.slice(0, close.index);
  const yamlLines = yaml === '' ? 0 : yaml.split('\n').length - (yaml.endsWith('\n') ? 1 : 0);
  return {
    yaml,
    yamlLine: 2,
    body: rest.slice(close.index + close[0].length),
    bodyLine: 2 + yamlLines + 1,
  };
}

export interface ParsedFrontmatter extends FrontmatterSplit {
  /** The YAML document, with node ranges (offsets into `yaml`). */
  doc: Document.Parsed;
  /** Plain JS value of the frontmatter (undefined when the YAML has errors). */
  data: unknown;
  /** Maps an offset in `yaml` to a 1-based {line, col} in the whole file. */
  position(offset: number): { line: number; col: number };
}

/**
 * Parses frontmatter YAML (YAML 1.2 core schema: dates stay strings) and keeps a way back from
 * any node to its file line, so errors can name `path:line:col`.
 */
export function parseFrontmatter(text: string): ParsedFrontmatter | null {
  const split = splitFrontmatter(text);
  if (!split) return null;
  const lineCounter = new LineCounter();
  const doc = parseDocument(split.yaml, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const data = doc.errors.length ? undefined : doc.toJS();
  return {
    ...split,
    doc,
    data,
    position(offset: number) {
      const { line, col } = lineCounter.linePos(offset);
      return { line: line + split.yamlLine - 1, col };
    },
  };
}
