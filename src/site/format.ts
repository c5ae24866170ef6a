/**
 * Number and date formatting for the site. Pure and locale-fixed (en), so the static HTML is the
 * same on every build machine and the unit tests pin exact strings.
 */

const DAY_MS = 86_400_000;

/** "12.3k", "4.5M", "812": short enough for a dense list column. */
export function compactNumber(n: number): string {
  const abs = Math.abs(n);
  if (abs < 1000) return String(Math.round(n));
  const units: Array<[number, string]> = [[1e9, 'B'], [1e6, 'M'], [1e3, 'k']];
  for (const [size, unit] of units) {
    if (abs >= size) {
      const v = n / size;
      const text = Math.abs(v) >= 100 ? String(Math.round(v)) : v.toFixed(1).replace(/\.0$/, '');
      // 999.95k rounds up to "1000k": promote to the next unit instead.
      if (text === '1000' && unit !== 'B') return compactNumber(Math.sign(n) * 1000 * size);
      return `${text}${unit}`;
    }
  }
  return String(n);
}

/** "1,234,567": full figure for detail pages. */
export function fullNumber(n: number): string {
  return Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * Age of a date relative to `now` in words ("today", "3 days ago", "5 months ago", "2 years ago").
 * The list shows ages, not dates, because "is it alive?" is a question about distance from now.
 */
export function relativeTime(iso: string, now: Date): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return '';
  const days = Math.floor((now.getTime() - t) / DAY_MS);
  if (days < 0) return 'in the future';
  if (days === 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 30) return `${days} days ago`;
  const months = Math.floor(days / 30.44);
  if (months < 12) return months <= 1 ? '1 month ago' : `${months} months ago`;
  const years = Math.floor(days / 365.25);
  return years <= 1 ? '1 year ago' : `${years} years ago`;
}

/**
 * Compact age for the dense list ("today", "37d", "5mo", "3y"): days up to two months, months up
 * to two years. The list also sorts on it (list-state.ts parseAge), so it stays parseable.
 */
export function shortAge(iso: string, now: Date): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return '';
  const days = Math.max(0, Math.floor((now.getTime() - t) / DAY_MS));
  if (days < 1) return 'today';
  if (days < 60) return `${days}d`;
  // At least 2: "1mo" would read back as 30 days and sort before "59d".
  const months = Math.max(2, Math.floor(days / 30.44));
  if (months < 24) return `${months}mo`;
  return `${Math.floor(days / 365.25)}y`;
}

/** "28 Nov 2026": unambiguous date for detail pages. */
export function longDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "6 December 2026": a date written out in full, for sentences ("Reviewed 6 December 2026"). */
export function fullDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getUTCDate()} ${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** Whole days between a date and now (for sort keys); null when the date is unusable. */
export function daysSince(iso: string | null | undefined, now: Date): number | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return null;
  return Math.max(0, Math.floor((now.getTime() - t) / DAY_MS));
}

/** "1 entry" / "3 entries". */
export function plural(n: number, one: string, many: string): string {
  return `${fullNumber(n)} ${n === 1 ? one : many}`;
}
