/**
 * Finds every absolute http(s) link of a file, with its line: YAML values (a Markdown file's
 * frontmatter, or a whole `.yaml` file) that are URLs, whatever the key — no entry schema needed,
 * so the checker works on any list — and every link, image, definition and HTML `href`/`src` of a
 * Markdown body, parsed with remark (+ GFM autolinks). Offsets are kept so `--fix` can rewrite a
 * URL in place. The file is read by the content index's parser (src/content/model.ts), so YAML
 * that the validator refuses (a syntax error, too many aliases) is the same finding here, and
 * only its body's links are checked.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { visit as visitYaml } from 'yaml';
import type { Finding } from '../cli/finding.ts';
import { formatOf, parseSourceText, type SourceFile } from '../content/model.ts';
import type { PositionedYaml } from '../content/yaml-doc.ts';

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

function yamlLinks(yaml: PositionedYaml, file: string, base: number): ExtractedLink[] {
  const out: ExtractedLink[] = [];
  const lineOf = (offset: number) => yaml.position(offset).line;
  visitYaml(yaml.doc, {
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

/** Every absolute link of a file read by the content index's parser, in file order. */
export async function linksIn(source: SourceFile): Promise<ExtractedLink[]> {
  // YAML the parser refused (its finding is reported by whoever read the file) adds no links.
  const fromYaml = source.yaml && source.yaml.errors.length === 0 ? yamlLinks(source.yaml, source.path, source.yamlOffset) : [];
  return [...fromYaml, ...(await bodyLinks(source.body, source.path, source.bodyOffset, source.bodyLine))];
}

/** Every absolute link of one Markdown or YAML file's text, and why any part was skipped. */
export async function extractLinks(file: string, text: string): Promise<{ links: ExtractedLink[]; problems: Finding[] }> {
  const parsed = parseSourceText(formatOf(file) ?? 'markdown', file, text);
  return { links: parsed.file ? await linksIn(parsed.file) : [], problems: parsed.problems };
}
