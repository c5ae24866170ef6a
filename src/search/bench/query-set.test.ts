import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { QUERY_GROUPS, loadQuerySet, parseQuerySet } from './query-set.ts';

describe('parseQuerySet', () => {
  it('reads a well-formed set', () => {
    expect(parseQuerySet('- { q: bs4, group: import, want: [Beautiful Soup] }')).toEqual([{ q: 'bs4', group: 'import', want: ['Beautiful Soup'] }]);
  });

  it('lists every bad line in one message', () => {
    expect(() => parseQuerySet('- { q: bs4, group: imports, want: [] }\n- { q: "", group: name, want: [x] }', 'set.yaml')).toThrowErrorMatchingInlineSnapshot(`
      [Error: set.yaml: not a valid query set
        [0.group] Invalid option: expected one of "name"|"typo"|"import"|"task"|"category"
        [0.want] needs at least one acceptable entry
        [1.q] must not be empty]
    `);
  });
});

describe('the repository query set', () => {
  const set = loadQuerySet();

  it('has at least 150 queries, covering every group', () => {
    expect(set.length).toBeGreaterThanOrEqual(150);
    for (const g of QUERY_GROUPS) expect(set.filter((q) => q.group === g).length, g).toBeGreaterThanOrEqual(20);
  });

  it('asks each query once', () => {
    const seen = new Map<string, number>();
    for (const q of set) seen.set(q.q.toLowerCase(), (seen.get(q.q.toLowerCase()) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1).map(([q]) => q)).toEqual([]);
  });

  it('names only entries that exist in content/entries', () => {
    const names = new Set<string>();
    const root = 'content/entries';
    for (const f of fs.readdirSync(root, { recursive: true }).map(String).filter((f) => f.endsWith('.md'))) {
      const text = fs.readFileSync(path.join(root, f), 'utf8');
      const fm = parse(text.split(/^---$/m)[1] ?? '') as { name?: string };
      if (fm?.name) names.add(fm.name);
    }
    const unknown = set.flatMap((q) => q.want.filter((w) => !names.has(w)).map((w) => `${q.q} -> ${w}`));
    expect(unknown, 'rename these in scripts/bench/search-queries.yaml').toEqual([]);
  });
});
