/**
 * Finds every absolute http(s) link of a file, with its line: YAML values (a Markdown file's
 * frontmatter, or a whole `.yaml` file) that are URLs, whatever the key — no entry schema needed,
 * so the checker works on any list — and every link, image, definition and HTML `href`/`src` of a
 * Markdown body, parsed with remark (+ GFM autolinks). Offsets are kept so `--fix` can rewrite a
 * URL in place.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { parseDocument, visit as visitYaml, type Document } from 'yaml';
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

type MarkdownParser = (body: string) => Root;
let parser: Promise<MarkdownParser> | undefined;

/** remark + GFM, loaded on first need: lists whose links all live in frontmatter never pay for it. */
function markdownParser(): Promise<MarkdownParser> {
  parser ??= (async () => {
    const [{ unified }, { default: remarkParse }, { default: remarkGfm }] = await Promise.all([
      import('unified'),
      import('remark-parse'),
      import('remark-gfm'),
    ]);
    const processor = unified().use(remarkParse).use(remarkGfm);
    return (body: string) => processor.parse(body) as Root;
  })();
  return parser;
}

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

async function bodyLinks(body: string, file: string, base: number, firstLine: number): Promise<ExtractedLink[]> {
  // Fast path: no absolute URL can be in a body without "://" or a GFM "www." literal.
  if (!body.includes('://') && !body.includes('www.')) return [];
  const tree = (await markdownParser())(body);
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
export async function extractLinks(file: string, text: string): Promise<ExtractedLink[]> {
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
    ...(await bodyLinks(fm.body, file, bodyStart, fm.bodyLine)),
  ];
}
