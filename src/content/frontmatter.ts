/**
 * Splits a Markdown file into its YAML frontmatter and body, remembering line numbers. Every
 * reader of entries goes through here (via model.ts, which parses the YAML with the one parser of
 * yaml-doc.ts), so "where is the frontmatter" has one answer.
 */

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
