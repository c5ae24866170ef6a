/**
 * Renders entry notes (and the site's own Markdown snippets) to HTML. Notes are contributed
 * text, so the HTML goes through rehype-sanitize (GitHub's allow-list) and only then gets our own
 * additions: external links open safely, and site paths get the deployment base.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { visit } from 'unist-util-visit';
import type { Root, Element } from 'hast';

export interface RenderOptions {
  /** Deployment base ("/" or "/atlas/"), prefixed to site-relative links. */
  base?: string;
}

/** True for links that leave the site. */
export function isExternal(href: string): boolean {
  return /^https?:\/\//i.test(href) || href.startsWith('//');
}

/** Joins the deployment base and a site path without doubling slashes. */
export function withBase(base: string, path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const b = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${b}${path}`;
}

function linkPolicy(options: RenderOptions) {
  return () => (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a') return;
      const href = node.properties.href;
      if (typeof href !== 'string') return;
      if (isExternal(href)) node.properties.rel = ['noopener', 'noreferrer'];
      else if (options.base) node.properties.href = withBase(options.base, href);
    });
  };
}

/** Markdown (GFM) to sanitized HTML. */
export function renderMarkdown(markdown: string, options: RenderOptions = {}): string {
  const file = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype)
    .use(rehypeSanitize)
    .use(linkPolicy(options))
    .use(rehypeStringify)
    .processSync(markdown);
  return String(file);
}
