/**
 * Geometry for the site's server-rendered SVG charts (trend lines, bars, stacked shares). Pure
 * numbers in, coordinates out: the Astro components only draw, and tests pin the maths.
 */

export interface Point {
  x: number;
  y: number;
}

export interface Sparkline {
  /** SVG path data of the line. */
  line: string;
  /** The same line closed down to the baseline, for a soft fill. */
  area: string;
  points: Point[];
  min: number;
  max: number;
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Scales a series into a width×height box (y grows downwards in SVG). A flat or single-point
 * series draws as a level line in the middle rather than collapsing onto an edge.
 */
export function sparkline(values: readonly number[], width: number, height: number, pad = 2): Sparkline | null {
  if (values.length === 0) return null;
  const min = Math.min(...values);
  const max = Math.max(...values);
  const innerW = width - 2 * pad;
  const innerH = height - 2 * pad;
  const stepX = values.length > 1 ? innerW / (values.length - 1) : 0;
  const points = values.map((v, i) => ({
    x: r1(pad + (values.length > 1 ? i * stepX : innerW / 2)),
    y: r1(max === min ? pad + innerH / 2 : pad + innerH - ((v - min) / (max - min)) * innerH),
  }));
  const line = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join('');
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const area = `${line}L${last.x} ${height - pad}L${first.x} ${height - pad}Z`;
  return { line, area, points, min, max };
}

export interface Bar {
  label: string;
  value: number;
  /** 0–1 of the largest value. */
  fraction: number;
}

/** Horizontal bars scaled to the largest value. */
export function bars(items: ReadonlyArray<{ label: string; value: number }>): Bar[] {
  const max = Math.max(0, ...items.map((i) => i.value));
  return items.map((i) => ({ ...i, fraction: max > 0 ? i.value / max : 0 }));
}

export interface Segment {
  key: string;
  value: number;
  /** 0–1 share of the total. */
  share: number;
  /** 0–1 start offset along the stacked bar. */
  start: number;
}

/** Splits one stacked bar into segments in the given order; an empty total yields zero-width segments. */
export function stack(parts: ReadonlyArray<{ key: string; value: number }>): Segment[] {
  const total = parts.reduce((s, p) => s + p.value, 0);
  let start = 0;
  return parts.map((p) => {
    const share = total > 0 ? p.value / total : 0;
    const seg = { key: p.key, value: p.value, share, start };
    start += share;
    return seg;
  });
}

/** "42 %" with one decimal below 10 % so small shares are not shown as 0. */
export function percent(share: number): string {
  const p = share * 100;
  if (p > 0 && p < 10) return `${p.toFixed(1).replace(/\.0$/, '')} %`;
  return `${Math.round(p)} %`;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ColumnPart {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * 100 % stacked columns, one per series element, left to right across `box`, each split bottom
 * up in the given part order; `gap` (px) separates neighbours but never eats more than a third
 * of a column. A column whose parts add up to 0 draws nothing (a share of nothing is no data).
 */
export function stackedColumns(columns: ReadonlyArray<ReadonlyArray<{ key: string; value: number }>>, box: Box, gap = 1): ColumnPart[][] {
  const step = columns.length > 0 ? box.width / columns.length : 0;
  const g = Math.min(gap, step / 3);
  return columns.map((parts, i) =>
    stack(parts)
      .filter((s) => s.value > 0 && s.share > 0)
      .map((s) => ({
        key: s.key,
        x: r1(box.x + i * step + g / 2),
        y: r1(box.y + box.height * (1 - s.start - s.share)),
        width: r1(step - g),
        height: r1(box.height * s.share),
      })),
  );
}
