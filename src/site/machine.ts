/**
 * Machine-readable views of the list: /entries.json (the whole list with activity), /llms.txt
 * (a Markdown map for language models) and the RSS items of newly added entries. Pure builders,
 * so their shape is pinned by tests rather than by reading built files.
 */
import type { Atlas, EntryView } from './view-model.ts';

/** Absolute URL of a site path under the site root (which includes any deployment base). */
export function absolute(root: string, sitePath: string): string {
  return new URL(sitePath.replace(/^\/+/, ''), root.endsWith('/') ? root : `${root}/`).href;
}

/** The public JSON record of one entry: our frontmatter, derived flags, and the raw activity. */
export function entryRecord(e: EntryView, site: string) {
  return {
    id: e.id,
    page: absolute(site, e.href),
    ...e.data,
    group: e.groupId,
    note: e.note || undefined,
    flags: e.flags,
    health: e.health?.score ?? null,
    activity: e.activity ?? null,
  };
}

/** /entries.json: versioned, with the dates of the data it was built from. */
export function entriesJson(atlas: Atlas, site: string) {
  return {
    version: 1,
    generatedAt: atlas.now.toISOString(),
    activityFetchedAt: atlas.activityFetchedAt,
    groups: atlas.groups.map((g) => ({ id: g.id, title: g.title, categories: g.categories.map((c) => ({ id: c.id, title: c.data.title })) })),
    entries: atlas.entries.map((e) => entryRecord(e, site)),
  };
}

/** /llms.txt per llmstxt.org: a title, a summary, then one Markdown section per group. */
export function llmsTxt(atlas: Atlas, site: string): string {
  const abs = (p: string) => absolute(site, p);
  const lines = [
    '# Python Atlas',
    '',
    `> A curated, opinionated list of ${atlas.entries.length} Python libraries, frameworks and tools in ${atlas.categories.length} categories, with activity (stars, last commit, downloads) and a health score for each. Status "recommended" marks the first choice for a use case.`,
    '',
    `The full data, with activity, is at ${abs('/entries.json')}. Each entry page has the note on when to choose the project.`,
    '',
  ];
  for (const g of atlas.groups) {
    lines.push(`## ${g.title}`, '');
    for (const c of g.categories) {
      lines.push(`### [${c.data.title}](${abs(c.href)})`, '');
      for (const e of c.entries) {
        const marks = [e.data.status, e.flags.archived ? 'archived' : '', e.flags.stale ? 'stale' : '', e.flags.deprecated ? 'deprecated' : ''].filter(Boolean).join(', ');
        lines.push(`- [${e.data.name}](${abs(e.href)}) (${marks}): ${e.data.description}`);
      }
      lines.push('');
    }
  }
  return lines.join('\n');
}

/**
 * The newest additions for the feed: by date added, newest first; entries added the same day keep
 * the list's curated order (groups, categories, recommended first), a stable order that means
 * something, where sorting by name made the launch feed read "a2wsgi, abi3audit…".
 */
export function newestEntries(atlas: Atlas, limit = 50): EntryView[] {
  return [...atlas.entries].sort((a, b) => b.data.added.localeCompare(a.data.added) || a.order - b.order).slice(0, limit);
}
