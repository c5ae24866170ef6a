/**
 * The one source of "now". Library code takes a `Clock` (or a `Date`) as a parameter; only entry
 * points (CLIs, the site build) call `clockFromEnv`, which honours `ATLAS_NOW` so tests, CI runs a
 * year ahead and reproducible builds all see the same instant. Calendar days are always UTC, so a
 * machine in UTC+14 dates an entry the same day as one in UTC.
 */

/** Returns the current instant; tests pass a fixed one. */
export type Clock = () => Date;

/** Thrown for an `ATLAS_NOW` that is not a date, so CLIs can exit 2 with a usage message. */
export class ClockError extends Error {
  override name = 'ClockError';
}

/**
 * Parses `ATLAS_NOW`: a calendar date (`2026-12-06`, read as midnight UTC) or a full ISO
 * date-time with an offset or `Z`. Anything else is refused, never silently replaced by the real
 * clock: a typo must not turn a pinned build into a date bomb.
 */
export function parseNow(value: string): Date {
  const v = value.trim();
  const day = /^\d{4}-\d{2}-\d{2}$/.test(v);
  const dateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(v);
  const t = day ? Date.parse(`${v}T00:00:00Z`) : dateTime ? Date.parse(v) : Number.NaN;
  if (Number.isNaN(t) || (day && new Date(t).toISOString().slice(0, 10) !== v)) {
    throw new ClockError(`ATLAS_NOW=${JSON.stringify(value)} is not a date; use YYYY-MM-DD or an ISO date-time like 2026-12-06T12:00:00Z`);
  }
  return new Date(t);
}

/** A clock that always answers `at`. */
export function fixedClock(at: Date | string): Clock {
  const d = typeof at === 'string' ? parseNow(at) : at;
  return () => new Date(d.getTime());
}

/** The real clock, or the pinned one when `ATLAS_NOW` is set (throws `ClockError` if it is malformed). */
export function clockFromEnv(env: NodeJS.ProcessEnv = process.env): Clock {
  const pinned = env.ATLAS_NOW;
  if (pinned !== undefined && pinned.trim() !== '') return fixedClock(parseNow(pinned));
  return () => new Date();
}

/** The UTC calendar day of an instant, `YYYY-MM-DD`. */
export function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/**
 * The clock for a command-line entry point: a malformed `ATLAS_NOW` is a usage error (one line on
 * stderr, exit 2), never a stack trace or a silent fall-back to the real clock.
 */
export function cliClock(command: string, env: NodeJS.ProcessEnv = process.env): Clock {
  try {
    return clockFromEnv(env);
  } catch (error) {
    process.stderr.write(`${command}: ${(error as Error).message}\n`);
    process.exit(2);
  }
}

/**
 * Whether something done at `at` (an ISO timestamp) is younger than `maxAgeMs` at `now`: the one
 * freshness test behind `links --max-age` and the activity fetcher's resume. A timestamp in the
 * future or unreadable is never fresh (a skewed clock must not freeze a record).
 */
export function isFresh(at: string, maxAgeMs: number, now: Date): boolean {
  const age = now.getTime() - Date.parse(at);
  return Number.isFinite(age) && age >= 0 && age < maxAgeMs;
}
