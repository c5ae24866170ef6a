/**
 * Plain text and GitHub heading anchors from mdast. The importer reads names, descriptions and
 * section titles as plain text (our descriptions are sentences, not Markdown), and the README
 * generator links its table of contents to the anchors GitHub gives headings.
 */
import type { Nodes } from 'mdast';

/**
 * Concatenated text of a node: inline code keeps its text, images give their alt text only when
 * `imageAlt` is set (a badge inside a heading is not part of the title), HTML is dropped.
 */
export function plainText(node: Nodes | readonly Nodes[], imageAlt = false): string {
  if (Array.isArray(node)) return (node as readonly Nodes[]).map((n) => plainText(n, imageAlt)).join('');
  const one = node as Nodes;
  switch (one.type) {
    case 'text':
    case 'inlineCode':
      return one.value;
    case 'image':
    case 'imageReference':
      return imageAlt ? (one.alt ?? '') : '';
    case 'html':
      return '';
    case 'break':
      return ' ';
    default:
      return 'children' in one ? plainText(one.children as Nodes[], imageAlt) : '';
  }
}

/** Collapses runs of white space and trims: source lists wrap and indent freely. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The fragment GitHub gives a heading with this text: lowercase, punctuation dropped except "-"
 * and "_", spaces to dashes ("Audio & Video" -> "audio--video"). `seen` numbers repeats like
 * GitHub does ("-1", "-2").
 */
export function githubAnchor(text: string, seen?: Map<string, number>): string {
  const base = text
    .toLowerCase()
    .trim()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
  if (!seen) return base;
  const count = seen.get(base) ?? 0;
  seen.set(base, count + 1);
  return count === 0 ? base : `${base}-${count}`;
}
