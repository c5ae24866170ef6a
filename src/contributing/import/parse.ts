/**
 * Reads an awesome-list README into sections and linked items, without deciding anything about
 * our taxonomy (that is `plan.ts`). It understands the layouts real lists use: sections as
 * headings at any level, groups as a bold line or a parent heading, items `- [name](url) - text`
 * with any bullet, subcategories as plain bullets with nested items, sub-links nested under an
 * item, and tables of contents (lists of `#fragment` links) which it skips.
 *
 * The text is parsed one section at a time (scan.ts cuts it before top-level headings and refuses
 * absurd nesting first), so memory follows the largest section, not the whole list.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Definition, Heading, List, ListItem, Nodes, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { githubAnchor, plainText, squash } from '../markdown-text.ts';
import { scanList } from './scan.ts';

/** One linked item of the source list. */
export interface SourceItem {
  name: string;
  url: string;
  /** Text after the link, separator removed; undefined when the source gives none. */
  description: string | undefined;
  /** Plain text of the bullet(s) the item is nested under, when it sits under a label bullet. */
  subcategory: string | undefined;
  /** The item this one is nested under (an "also see" sub-link such as awesome-flask under flask). */
  parent: { name: string; url: string } | undefined;
  line: number;
  column: number;
}

/** A heading that directly holds items. */
export interface SourceSection {
  title: string;
  /** GitHub's anchor for the heading, so `#fragment` links in intros can be resolved. */
  anchor: string;
  /** Bold line or parent heading the section sits under; undefined at the top level. */
  group: string | undefined;
  /** True under a "Resources" heading or group: items become resources, not entries. */
  resources: boolean;
  /** First paragraph under the heading, as plain text. */
  intro: string | undefined;
  /** Links found in the intro and in subcategory labels ("Also see awesome-x"). */
  seeAlso: Array<{ title: string; url: string }>;
  line: number;
  items: SourceItem[];
}

export interface ParseProblem {
  line: number;
  column: number;
  /** `too-deep` and `too-large` refuse the whole file (scan.ts, run.ts): nothing is imported. */
  rule: 'no-link' | 'not-http' | 'no-section' | 'empty-item' | 'too-deep' | 'too-large';
  message: string;
  hint: string;
}

export interface ParsedList {
  title: string | undefined;
  sections: SourceSection[];
  /** Items that could not be read as `[name](url)`; every one is reported. */
  problems: ParseProblem[];
  /** Table-of-contents links skipped. */
  tocLinks: number;
}

const TOC_TITLE = /^(table of contents|contents|categories|index|toc)$/i;
const RESOURCES = /\bresources?\b/i;

interface Ctx {
  subcategory: string | undefined;
  parent: { name: string; url: string } | undefined;
}

/** Moves every position of a section's tree down by `lines`, so it points into the whole file. */
function shiftLines(root: Root, lines: number): void {
  if (lines === 0) return;
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.position) {
      node.position.start.line += lines;
      node.position.end.line += lines;
    }
    if ('children' in node) for (const c of node.children) stack.push(c as Nodes);
  }
}

const markdownParser = unified().use(remarkParse).freeze();

/**
 * Parses awesome-list Markdown. Pure: text in, structure and problems out. Throws ImportInputError
 * (scan.ts) for a list nested deeper than the importer reads.
 */
export function parseAwesomeList(markdown: string): ParsedList {
  const scanned = scanList(markdown);
  // Reference definitions hold for the whole document: every section is parsed with them.
  const definitionText = scanned.definitions.length ? `\n\n${scanned.definitions.join('\n')}\n` : '';
  let definitions = new Map<string, Definition>();

  // The first heading is the list's title when it is an h1 and some heading is deeper; known at the end.
  let firstHeading: Heading | undefined;
  let deeperHeading = false;
  const isTitle = (node: Heading) => node === firstHeading && node.depth === 1;

  const result: ParsedList = { title: undefined, sections: [], problems: [], tocLinks: 0 };
  const stack: Array<{ depth: number; title: string; isTitle: boolean }> = [];
  // A bold line labels the headings that follow it, down to the first heading shallower than them.
  let bold: { title: string; depth: number | undefined } | undefined;
  let section: SourceSection | undefined;
  let sectionIsToc = false;
  const anchors = new Map<string, number>();

  const problem = (node: Nodes, rule: ParseProblem['rule'], message: string, hint: string) => {
    const start = node.position?.start;
    result.problems.push({ line: start?.line ?? 0, column: start?.column ?? 0, rule, message, hint });
  };

  const leadingLink = (para: Paragraph): { text: string; url: string; rest: PhrasingContent[] } | undefined => {
    const kids = para.children;
    let i = 0;
    // Skip white space and leading icons/badges: `- ![logo](…) [name](url) - text`.
    const skippable = (n: PhrasingContent | undefined) =>
      (n?.type === 'text' && n.value.trim() === '') || n?.type === 'image' || n?.type === 'imageReference';
    while (i < kids.length && skippable(kids[i])) i++;
    let node = kids[i];
    // **[name](url)** and _[name](url)_ are still a leading link.
    if (node && (node.type === 'strong' || node.type === 'emphasis') && node.children.length === 1) {
      const inner = node.children[0];
      if (inner && (inner.type === 'link' || inner.type === 'linkReference')) node = inner;
    }
    if (!node) return undefined;
    let url: string | undefined;
    if (node.type === 'link') url = node.url;
    else if (node.type === 'linkReference') url = definitions.get(node.identifier.toLowerCase())?.url;
    if (url === undefined || !('children' in node)) return undefined;
    return { text: squash(plainText(node.children as Nodes[], true)), url, rest: kids.slice(i + 1) };
  };

  const readList = (list: List, ctx: Ctx) => {
    for (const item of list.children) readItem(item, ctx);
  };

  const readItem = (item: ListItem, ctx: Ctx) => {
    const [head, ...tail] = item.children;
    const nested = tail.filter((n): n is List => n.type === 'list');
    if (!head || head.type !== 'paragraph') {
      if (head?.type === 'list') for (const l of item.children) if (l.type === 'list') readList(l, ctx);
      else problem(item, 'empty-item', 'list item has no text', 'write it as `- [Name](https://…) - description`');
      return;
    }
    const link = leadingLink(head);
    if (link && link.url.startsWith('#')) {
      result.tocLinks++;
      for (const l of nested) countToc(l);
      return;
    }
    if (!link) {
      const label = squash(plainText(head));
      if (nested.length > 0) {
        if (section) for (const l of collectLinks(head)) section.seeAlso.push(l);
        const subcategory = ctx.subcategory ? `${ctx.subcategory} / ${labelTitle(head)}` : labelTitle(head);
        for (const l of nested) readList(l, { subcategory, parent: undefined });
        return;
      }
      problem(item, 'no-link', `list item "${truncate(label, 60)}" does not start with a [name](url) link`, 'start the item with `[Name](https://…)`, or move it out of the list');
      return;
    }
    if (!/^https?:\/\//i.test(link.url)) {
      problem(item, 'not-http', `"${truncate(link.text, 60)}" links to "${truncate(link.url, 80)}", not an absolute http(s) URL`, 'use the project\'s full https:// address');
      for (const l of nested) readList(l, { subcategory: ctx.subcategory, parent: undefined });
      return;
    }
    if (!section) {
      problem(item, 'no-section', `"${truncate(link.text, 60)}" is not under any heading`, 'put items under a `## Section` heading');
      return;
    }
    const description = squash(plainText(link.rest)).replace(/^[-–—:|]+\s*/, '').trim() || undefined;
    const start = item.position?.start;
    section.items.push({
      name: link.text,
      url: link.url.trim(),
      description,
      subcategory: ctx.subcategory,
      parent: ctx.parent,
      line: start?.line ?? 0,
      column: start?.column ?? 0,
    });
    for (const l of nested) readList(l, { subcategory: ctx.subcategory, parent: { name: link.text, url: link.url.trim() } });
  };

  const countToc = (list: List) => {
    for (const item of list.children) {
      for (const child of item.children) {
        if (child.type === 'paragraph' && leadingLink(child)) result.tocLinks++;
        if (child.type === 'list') countToc(child);
      }
    }
  };

  const onHeading = (node: Heading) => {
    firstHeading ??= node;
    if (node.depth > 1) deeperHeading = true;
    const title = squash(plainText(node));
    while (stack.length && (stack.at(-1)?.depth ?? 0) >= node.depth) stack.pop();
    if (bold && bold.depth === undefined) bold.depth = node.depth;
    else if (bold && bold.depth !== undefined && node.depth < bold.depth) bold = undefined;
    const ancestors = stack.filter((h) => !h.isTitle);
    const parent = ancestors.at(-1);
    stack.push({ depth: node.depth, title, isTitle: isTitle(node) });
    const group = bold?.title ?? parent?.title;
    sectionIsToc = TOC_TITLE.test(title);
    section = {
      title,
      anchor: githubAnchor(title, anchors),
      group,
      resources: [title, bold?.title, ...ancestors.map((a) => a.title)].some((t) => t !== undefined && RESOURCES.test(t)),
      intro: undefined,
      seeAlso: [],
      line: node.position?.start.line ?? 0,
      items: [],
    };
    result.sections.push(section);
  };

  for (const chunk of scanned.chunks) {
    const root = markdownParser.parse(chunk.text + definitionText) as Root;
    shiftLines(root, chunk.line - 1);
    definitions = new Map();
    for (const node of root.children) if (node.type === 'definition') definitions.set(node.identifier.toLowerCase(), node);
    for (const node of root.children as RootContent[]) {
      if (node.type === 'heading') onHeading(node);
      else if (node.type === 'paragraph') {
        const only = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
        const strong = only.length === 1 && only[0]?.type === 'strong' ? only[0] : undefined;
        if (strong && strong.children.every((c) => c.type === 'text')) {
          const title = squash(plainText(strong));
          if (title.length > 0 && title.length <= 60) {
            bold = { title, depth: undefined };
            section = undefined;
            continue;
          }
        }
        if (section && section.items.length === 0 && section.intro === undefined) {
          section.intro = squash(plainText(node)) || undefined;
          section.seeAlso.push(...collectLinks(node));
        }
      } else if (node.type === 'list') {
        if (sectionIsToc || isTocList(node)) countToc(node);
        else readList(node, { subcategory: undefined, parent: undefined });
      }
    }
  }
  if (firstHeading && isTitle(firstHeading) && deeperHeading) result.title = squash(plainText(firstHeading));
  result.sections = result.sections.filter((s) => s.items.length > 0);
  return result;
}

/** A list whose every link is a `#fragment` is a table of contents. */
function isTocList(list: List): boolean {
  let links = 0;
  let fragments = 0;
  const walk = (n: Nodes) => {
    if (n.type === 'link') {
      links++;
      if (n.url.startsWith('#')) fragments++;
    }
    if ('children' in n) for (const c of n.children as Nodes[]) walk(c);
  };
  walk(list);
  return links > 0 && links === fragments;
}

function collectLinks(node: Nodes): Array<{ title: string; url: string }> {
  const out: Array<{ title: string; url: string }> = [];
  const walk = (n: Nodes) => {
    if (n.type === 'link') out.push({ title: squash(plainText(n.children)), url: n.url });
    else if ('children' in n) for (const c of n.children as Nodes[]) walk(c);
  };
  walk(node);
  return out;
}

/**
 * The title of a subcategory bullet without the pointer to another list that some labels carry:
 * "Static Type Checkers, also see [x](…)" and "MySQL - [x](…)" become "Static Type Checkers" and
 * "MySQL" (the links go to the category's see-also list).
 */
export function labelTitle(para: Paragraph): string {
  const withoutLinks = squash(plainText(para.children.filter((c) => c.type !== 'link' && c.type !== 'linkReference') as Nodes[]));
  const cleaned = withoutLinks.replace(/[\s,;:–—-]*\b(also see|see also)\s*$/i, '').replace(/[\s,;:–—-]+$/, '').trim();
  return cleaned || squash(plainText(para));
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
