/**
 * Where the links of a content file are: the URL fields of its YAML (with their key paths, so
 * problems point at the line) and the links of its Markdown body (with their body positions).
 * The https, tracking and internal-link rules all read links through here.
 */
import { visit } from 'unist-util-visit';
import { bodyPosition, type RuleContext } from './context.ts';
import type { ContentFile } from './model.ts';
import type { Position } from './problem.ts';

export interface FieldUrl {
  path: PropertyKey[];
  url: string;
}

const URL_FIELDS: Partial<Record<ContentFile['kind'], string[]>> = {
  entry: ['url', 'repo', 'docs'],
  resource: ['url'],
};

/** The URL-valued YAML fields of a file: url/repo/docs, and a category's seeAlso URLs. */
export function fieldUrls(file: ContentFile): FieldUrl[] {
  const raw = file.raw;
  if (!raw) return [];
  const out: FieldUrl[] = [];
  for (const key of URL_FIELDS[file.kind] ?? []) {
    const v = raw[key];
    if (typeof v === 'string') out.push({ path: [key], url: v });
  }
  if (file.kind === 'category' && Array.isArray(raw.seeAlso)) {
    raw.seeAlso.forEach((item: unknown, i: number) => {
      const url = item && typeof item === 'object' ? (item as { url?: unknown }).url : undefined;
      if (typeof url === 'string') out.push({ path: ['seeAlso', i, 'url'], url });
    });
  }
  return out;
}

export interface BodyLink {
  url: string;
  position: Position;
}

const INLINE_DEST = /\]\(\s*([^\s)]*)/g;
const DEFINITION_DEST = /^ {0,3}\[[^\]\n]+\]:\s*(\S*)/gm;

/**
 * A cheap pre-scan of the link destinations in a Markdown body, so rules can skip the full remark
 * parse (the validator's most expensive step) when no link could be a problem. It may find a few
 * false candidates (text that only looks like a link); the full parse then settles it. Returns null
 * when the body uses syntax the scan does not follow (`<…>` autolinks or HTML), meaning "parse it".
 */
export function quickLinkCandidates(body: string): string[] | null {
  if (body.includes('<')) return null;
  const out: string[] = [];
  for (const m of body.matchAll(INLINE_DEST)) out.push(m[1]!);
  for (const m of body.matchAll(DEFINITION_DEST)) out.push(m[1]!);
  return out;
}

/**
 * Whether a body needs the full parse to check its links: true when the pre-scan cannot tell, or
 * when any candidate looks suspicious to the calling rule.
 */
export function linksNeedParse(body: string, suspicious: (url: string) => boolean): boolean {
  if (!body.includes('](') && !body.includes(']:') && !body.includes('<')) return false;
  const quick = quickLinkCandidates(body);
  return quick === null || quick.some(suspicious);
}

/** Links, images and link definitions of the body, at their file positions. */
export function bodyLinks(ctx: RuleContext, file: ContentFile): BodyLink[] {
  const tree = ctx.markdown(file);
  if (!tree) return [];
  const out: BodyLink[] = [];
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      out.push({ url: node.url, position: bodyPosition(file, node.position?.start) });
    }
  });
  return out;
}
