/**
 * Finds every absolute http(s) link of a file, with its line: YAML values (a Markdown file's
 * frontmatter, or a whole `.yaml` file) that are URLs, whatever the key — no entry schema needed,
 * so the checker works on any list — and every link, image, definition and HTML `href`/`src` of a
 * Markdown body, parsed with remark (+ GFM autolinks). Offsets are kept so `--fix` can rewrite a
 * URL in place.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { isScalar, parseDocument, visit as visitYaml, type Document } from 'yaml';
import { parseFrontmatter } from '../content/frontmatter.ts';

export interface ExtractedLink {
  /** The URL as written (trimmed). */
  url: string;
  file: string;
  /** 1-based line in the file. */
  line: number;
  where: 'frontmatter' | 'body';
  /** Offsets in the file text of the node that holds the URL (for --fix). */
  start: number;
  end: number;
}

const ABSOLUTE = /^\s*https?:\/\//i;
const markdown = unified().use(remarkParse).use(remarkGfm);

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function yamlLinks(doc: Document.Parsed, file: string, base: number, lineOf: (offset: number) => number): ExtractedLink[] {
  const out: ExtractedLink[] = [];
  visitYaml(doc, {
    Scalar(key, node) {
      if (key === 'key' || typeof node.value !== 'string' || !ABSOLUTE.test(node.value) || !node.range) return;
      out.push({
        url: node.value.trim(),
        file,
        line: lineOf(node.range[0]),
        where: 'frontmatter',
        start: base + node.range[0],
        end: base + node.range[1],
      });
    },
  });
  return out;
}

function bodyLinks(body: string, file: string, base: number, firstLine: number): ExtractedLink[] {
  // Fast path: no absolute URL can be in a body without "://" or a GFM "www." literal.
  if (!body.includes('://') && !body.includes('www.')) return [];
  const tree = markdown.parse(body) as Root;
  const out: ExtractedLink[] = [];
  const add = (url: string, pos: { start: { line: number; offset?: number | undefined }; end: { offset?: number | undefined } } | undefined) => {
    if (!pos || !ABSOLUTE.test(url)) return;
    out.push({
      url: url.trim(),
      file,
      line: pos.start.line + firstLine - 1,
      where: 'body',
      start: base + (pos.start.offset ?? 0),
      end: base + (pos.end.offset ?? 0),
    });
  };
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') add(node.url, node.position);
    else if (node.type === 'html') {
      for (const m of node.value.matchAll(/\s(?:href|src)\s*=\s*["']?(https?:\/\/[^"'\s>]+)/gi)) add(m[1]!, node.position);
    }
  });
  return out;
}

/** Every absolute link of one Markdown or YAML file, in file order. */
export function extractLinks(file: string, text: string): ExtractedLink[] {
  if (/\.ya?ml$/i.test(file)) {
    const doc = parseDocument(text, { uniqueKeys: false });
    return yamlLinks(doc, file, 0, (offset) => lineAt(text, offset));
  }
  const fm = parseFrontmatter(text);
  if (!fm) return bodyLinks(text, file, 0, 1);
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const yamlStart = bom + /^---[ \t]*\r?\n/.exec(text.slice(bom))![0].length;
  const bodyStart = text.length - fm.body.length;
  return [
    ...yamlLinks(fm.doc, file, yamlStart, (offset) => fm.position(offset).line),
    ...bodyLinks(fm.body, file, bodyStart, fm.bodyLine),
  ];
}
