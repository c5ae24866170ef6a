/**
 * A synthetic content folder for the browser tests' fixture build (scripts/e2e.ts), the site
 * benchmark and developing the site with realistic data: the real taxonomy (groups, valid
 * categories, tags) and real entries cloned up to N, plus a synthetic activity store (with
 * monthly history) and link store (with 30 nightly run summaries). The real content is read
 * through the content index (src/content/load.ts), like everything else; deterministic
 * (seeded), written to a folder the caller owns. `node scripts/bench/site-content.ts` wraps it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadContent } from '../content/load.ts';
import type { ActivityStore, EntryActivity } from '../schemas/activity.ts';
import { categorySchema } from '../schemas/category.ts';
import { entrySchema } from '../schemas/entry.ts';
import type { LinkStore } from '../schemas/link-status.ts';

/** Small seeded PRNG (mulberry32) so two runs generate the same site. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SiteContentOptions {
  source: string;
  out: string;
  entries: number;
  now: Date;
  activity: boolean;
}

/**
 * Thirty nightly link-check summaries ending today, so the stats page's link health over time
 * has something to draw: mostly working, a slow drift of moved and dead links, and one night
 * where a flaky network left many answers unknown. Own PRNG: the entries do not change with it.
 */
export function syntheticRuns(links: number, now: Date, nights = 30): NonNullable<LinkStore['runs']> {
  const rand = rng(7);
  const runs: NonNullable<LinkStore['runs']> = [];
  for (let n = nights - 1; n >= 0; n--) {
    const at = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - n, 3, 12 + Math.floor(rand() * 30)));
    const age = (nights - 1 - n) / Math.max(1, nights - 1);
    const flaky = n === Math.floor(nights / 3);
    const redirected = Math.round(links * (0.03 + 0.02 * age + 0.005 * rand()));
    const dead = Math.round(links * (0.01 + 0.01 * age + 0.004 * rand()));
    const unknown = Math.round(links * (flaky ? 0.12 : 0.01 + 0.01 * rand()));
    const ok = Math.max(0, links - redirected - dead - unknown);
    const failing = Math.round(dead * 0.6);
    runs.push({ at: at.toISOString(), checked: ok + redirected + dead + unknown, ok, redirected, dead, unknown, suspect: dead - failing, failing });
  }
  return runs;
}

/** Writes the synthetic content folder; returns the number of entries written. */
export function generateSiteContent(o: SiteContentOptions): number {
  const rand = rng(42);
  fs.rmSync(o.out, { recursive: true, force: true });
  fs.mkdirSync(path.join(o.out, 'categories'), { recursive: true });
  fs.mkdirSync(path.join(o.out, 'data'), { recursive: true });
  fs.copyFileSync(path.join(o.source, 'groups.yaml'), path.join(o.out, 'groups.yaml'));
  fs.copyFileSync(path.join(o.source, 'tags.yaml'), path.join(o.out, 'tags.yaml'));
  // The search vocabulary is optional content; copy it when the source has one.
  if (fs.existsSync(path.join(o.source, 'synonyms.yaml'))) fs.copyFileSync(path.join(o.source, 'synonyms.yaml'), path.join(o.out, 'synonyms.yaml'));
  const index = loadContent(o.source);
  const tagIds = new Set(Object.keys(index.files.find((f) => f.kind === 'tags')?.raw ?? {}));

  // Only categories that pass the schema: the real content may be mid-edit by someone else.
  const categories = new Map<string, Set<string>>();
  for (const file of index.files.filter((f) => f.kind === 'category' && f.rel.endsWith('.yaml'))) {
    const parsed = categorySchema.safeParse(file.raw);
    if (!parsed.success) continue;
    categories.set(file.id, new Set((parsed.data.subcategories ?? []).map((s) => s.id)));
    fs.copyFileSync(path.join(o.source, file.rel), path.join(o.out, file.rel));
  }
  const catIds = [...categories.keys()];
  if (catIds.length === 0) throw new Error(`${o.source}/categories: no valid category to build on`);

  // Templates: real entries that pass the schema in a known category (someone may be mid-edit).
  const templates: Array<{ fm: Record<string, unknown>; body: string }> = [];
  for (const file of index.files.filter((f) => f.kind === 'entry' && f.raw)) {
    const fm = { ...file.raw! };
    if (!Array.isArray(fm.tags) || !entrySchema.safeParse(fm).success || !categories.has(String(fm.category))) continue;
    templates.push({ fm, body: file.body });
  }
  if (templates.length === 0) throw new Error(`${o.source}/entries: no entry to clone`);

  const activity: ActivityStore = { fetchedAt: o.now.toISOString(), entries: {} };
  const links: LinkStore = { version: 1, links: {} };
  const day = 86_400_000;
  for (let i = 0; i < o.entries; i++) {
    const t = templates[i % templates.length]!;
    const real = i < templates.length && categories.has(String(t.fm.category));
    const category = real ? String(t.fm.category) : catIds[i % catIds.length]!;
    const subs = categories.get(category)!;
    const baseSlug = String(t.fm.name).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'entry';
    const slug = real ? baseSlug : `${baseSlug}-${i}`;
    const name = real ? String(t.fm.name) : `${String(t.fm.name).slice(0, 50)} ${i}`;
    const tags = (t.fm.tags as unknown[]).map(String).filter((x) => tagIds.has(x));
    const addedDaysAgo = rand() < 0.05 ? Math.floor(rand() * 25) : 40 + Math.floor(rand() * 900);
    const fm: Record<string, unknown> = {
      ...t.fm,
      name,
      category,
      tags: tags.length ? tags : [[...tagIds][0]],
      added: new Date(o.now.getTime() - addedDaysAgo * day).toISOString().slice(0, 10),
    };
    if (!subs.has(String(fm.subcategory))) delete fm.subcategory;
    if (!real && typeof fm.pypi === 'string') fm.pypi = `${fm.pypi}-${i}`.replace(/[^A-Za-z0-9._-]/g, '-');
    const yaml = Object.entries(fm)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k}: ${Array.isArray(v) ? `[${v.join(', ')}]` : JSON.stringify(v)}`)
      .join('\n');
    fs.mkdirSync(path.join(o.out, 'entries', category), { recursive: true });
    fs.writeFileSync(path.join(o.out, 'entries', category, `${slug}.md`), `---\n${yaml}\n---\n${t.body}`);

    const id = `${category}/${slug}`;
    if (o.activity && (fm.repo || fm.pypi)) {
      const stars = Math.floor(10 ** (1 + rand() * 4.8));
      const commitAgo = rand() < 0.12 ? 400 + rand() * 1500 : rand() * 200;
      const a: EntryActivity = {};
      const history: NonNullable<EntryActivity['history']> = [];
      for (let m = 11; m >= 0; m--) {
        const d = new Date(Date.UTC(o.now.getUTCFullYear(), o.now.getUTCMonth() - m, 1));
        history.push({
          month: d.toISOString().slice(0, 7),
          stars: Math.floor(stars * (1 - m * 0.02 * rand())),
          downloads: Math.floor(stars * 40 * (0.8 + 0.4 * rand())),
        });
      }
      if (typeof fm.repo === 'string' && fm.repo.includes('github.com')) {
        a.github = {
          repo: fm.repo.replace(/^https:\/\/github\.com\//, '').replace(/\/$/, ''),
          stars,
          forks: Math.floor(stars / 8),
          openIssues: Math.floor(stars / (20 + rand() * 200)),
          lastCommit: new Date(o.now.getTime() - commitAgo * day).toISOString(),
          archived: rand() < 0.03,
          license: 'MIT',
          latestRelease: { tag: `v${1 + Math.floor(rand() * 5)}.${Math.floor(rand() * 20)}.0`, date: new Date(o.now.getTime() - rand() * 400 * day).toISOString() },
          fetchedAt: o.now.toISOString(),
        };
      }
      if (typeof fm.pypi === 'string') {
        a.pypi = {
          name: fm.pypi,
          version: '1.2.3',
          released: new Date(o.now.getTime() - rand() * 500 * day).toISOString(),
          pythonVersions: ['3.10', '3.11', '3.12', '3.13'],
          developmentStatus: rand() < 0.02 ? '7 - Inactive' : '5 - Production/Stable',
          monthlyDownloads: Math.floor(stars * 40 * rand()),
          fetchedAt: o.now.toISOString(),
        };
      }
      a.history = history;
      activity.entries[id] = a;
    }
    if (o.activity) {
      const r = rand();
      links.links[String(fm.url)] = {
        verdict: r < 0.9 ? 'ok' : r < 0.95 ? 'redirected' : r < 0.98 ? 'unknown' : 'dead',
        status: r < 0.98 ? 200 : 404,
        checkedAt: new Date(o.now.getTime() - rand() * 2 * day).toISOString(),
        lastOk: new Date(o.now.getTime() - (r < 0.98 ? 1 : 3 + rand() * 50) * day).toISOString(),
        failures: r < 0.98 ? 0 : 1 + Math.floor(rand() * 10),
      };
    }
  }
  if (o.activity) {
    links.runs = syntheticRuns(Object.keys(links.links).length, o.now);
    fs.writeFileSync(path.join(o.out, 'data', 'activity.json'), JSON.stringify(activity));
    fs.writeFileSync(path.join(o.out, 'data', 'links.json'), JSON.stringify(links));
  }
  return o.entries;
}
