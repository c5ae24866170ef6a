/**
 * Reading a report's Markdown back the way GitHub would (GFM), for tests that check what a
 * hostile string could turn into: links, HTML, code spans, table rows.
 */
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Nodes, Root } from 'mdast';

const gfm = unified().use(remarkParse).use(remarkGfm).freeze();

/** The GFM syntax tree of `md`. */
export const parseGfm = (md: string): Root => gfm.parse(md) as Root;

/** Every node of `type` in the tree, in document order. */
export function nodesOf(tree: Nodes, type: string): Nodes[] {
  const out: Nodes[] = [];
  const walk = (n: Nodes) => {
    if (n.type === type) out.push(n);
    if ('children' in n) for (const c of n.children) walk(c as Nodes);
  };
  walk(tree);
  return out;
}

/** The text a reader sees in a node. */
export const textOf = (n: Nodes): string => ('value' in n ? n.value : 'children' in n ? n.children.map((c) => textOf(c as Nodes)).join('') : '');
