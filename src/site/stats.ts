/**
 * Figures for the stats page, computed from the view model: how the list is spread over groups,
 * how alive it is, and how its links fare. Pure, so the page only draws.
 */
import type { Atlas } from './view-model.ts';
import type { LinkStore, Verdict } from '../schemas/link-status.ts';
import { healthBand } from '../activity/health.ts';

export interface Count {
  key: string;
  label: string;
  value: number;
}

/** Entries per group, in group order. */
export function entriesPerGroup(atlas: Atlas): Count[] {
  return atlas.groups.map((g) => ({ key: g.id, label: g.title, value: g.categories.reduce((s, c) => s + c.entries.length, 0) }));
}

/**
 * Each entry in exactly one liveness bucket, worst first: archived, deprecated, dormant
 * (2 years without a commit), stale (1 year), active, or no data.
 */
export function livenessShares(atlas: Atlas): Count[] {
  const c = { archived: 0, deprecated: 0, dormant: 0, stale: 0, active: 0, none: 0 };
  for (const e of atlas.entries) {
    const s = e.signals;
    if (!s || e.lastCommit === null && !s.archived && !s.deprecated) c.none++;
    else if (s.archived) c.archived++;
    else if (s.deprecated) c.deprecated++;
    else if (s.dormant) c.dormant++;
    else if (s.stale) c.stale++;
    else c.active++;
  }
  return [
    { key: 'active', label: 'Active', value: c.active },
    { key: 'stale', label: 'Stale (1 year)', value: c.stale },
    { key: 'dormant', label: 'Dormant (2 years)', value: c.dormant },
    { key: 'deprecated', label: 'Deprecated', value: c.deprecated },
    { key: 'archived', label: 'Archived', value: c.archived },
    { key: 'none', label: 'No data', value: c.none },
  ];
}

/** Entries per health band. */
export function healthBands(atlas: Atlas): Count[] {
  const c = { healthy: 0, fair: 0, 'at-risk': 0, none: 0 };
  for (const e of atlas.entries) {
    if (e.health) c[healthBand(e.health.score)]++;
    else c.none++;
  }
  return [
    { key: 'healthy', label: 'Healthy (70+)', value: c.healthy },
    { key: 'fair', label: 'Fair (40–69)', value: c.fair },
    { key: 'at-risk', label: 'At risk (<40)', value: c['at-risk'] },
    { key: 'none', label: 'No score', value: c.none },
  ];
}

/** Entries per status. */
export function statusCounts(atlas: Atlas): Count[] {
  const c = { recommended: 0, alternative: 0, legacy: 0 };
  for (const e of atlas.entries) c[e.data.status]++;
  return [
    { key: 'recommended', label: 'Recommended', value: c.recommended },
    { key: 'alternative', label: 'Alternative', value: c.alternative },
    { key: 'legacy', label: 'Legacy', value: c.legacy },
  ];
}

/** Every link of every entry by its latest verdict ("unchecked" when the store has none). */
export function linkVerdicts(atlas: Atlas): Count[] {
  const c: Record<Verdict | 'unchecked', number> = { ok: 0, redirected: 0, dead: 0, unknown: 0, unchecked: 0 };
  for (const e of atlas.entries) for (const l of e.links) c[l.record?.verdict ?? 'unchecked']++;
  return [
    { key: 'ok', label: 'OK', value: c.ok },
    { key: 'redirected', label: 'Redirected', value: c.redirected },
    { key: 'unknown', label: 'Unknown', value: c.unknown },
    { key: 'dead', label: 'Dead', value: c.dead },
    { key: 'unchecked', label: 'Not checked', value: c.unchecked },
  ];
}

/**
 * How long the links failing now have been failing, counting back from the newest check: read
 * from each record's `lastOk` (a link whose last OK is weeks old has been failing for weeks).
 * Complements `linkHistory`, which shows the whole list run by run.
 */
export function linkFailingSince(links: LinkStore): Count[] {
  const records = Object.values(links.links);
  const newest = records.reduce((m, r) => Math.max(m, Date.parse(r.checkedAt) || 0), 0);
  const buckets = [
    { key: 'ok', label: 'Working now', value: 0 },
    { key: 'w1', label: 'Failing < 1 week', value: 0 },
    { key: 'w4', label: 'Failing 1–4 weeks', value: 0 },
    { key: 'old', label: 'Failing > 4 weeks', value: 0 },
  ];
  const WEEK = 7 * 86_400_000;
  for (const r of records) {
    if (r.verdict === 'ok' || r.verdict === 'redirected') buckets[0]!.value++;
    else {
      const since = r.lastOk ? newest - Date.parse(r.lastOk) : Number.POSITIVE_INFINITY;
      buckets[since < WEEK ? 1 : since < 4 * WEEK ? 2 : 3]!.value++;
    }
  }
  return buckets;
}

export interface LinkRunShares {
  /** When the run completed (ISO). */
  at: string;
  checked: number;
  /** Verdict counts in drawing order (ok, redirected, unknown, dead). */
  parts: Count[];
}

/**
 * Link health over time: the store's run summaries, oldest first, as verdict counts in the order
 * the stats page stacks them. Runs that checked nothing are left out (no share to draw).
 */
export function linkHistory(links: LinkStore): LinkRunShares[] {
  return (links.runs ?? [])
    .filter((r) => r.checked > 0 && Number.isFinite(Date.parse(r.at)))
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
    .map((r) => ({
      at: r.at,
      checked: r.checked,
      parts: [
        { key: 'ok', label: 'OK', value: r.ok },
        { key: 'redirected', label: 'Redirected', value: r.redirected },
        { key: 'unknown', label: 'Unknown', value: r.unknown },
        { key: 'dead', label: 'Dead', value: r.dead },
      ],
    }));
}

/** Entries added per month (YYYY-MM), oldest first, months without additions included. */
export function addedPerMonth(atlas: Atlas): Count[] {
  const counts = new Map<string, number>();
  for (const e of atlas.entries) {
    const m = e.data.added.slice(0, 7);
    counts.set(m, (counts.get(m) ?? 0) + 1);
  }
  const months = [...counts.keys()].sort();
  if (months.length === 0) return [];
  const out: Count[] = [];
  let [y, mo] = months[0]!.split('-').map(Number) as [number, number];
  const last = months[months.length - 1]!;
  for (;;) {
    const key = `${y}-${String(mo).padStart(2, '0')}`;
    out.push({ key, label: key, value: counts.get(key) ?? 0 });
    if (key >= last || out.length > 600) break;
    mo++;
    if (mo > 12) {
      mo = 1;
      y++;
    }
  }
  return out;
}
