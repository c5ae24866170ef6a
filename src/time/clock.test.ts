import { describe, expect, it } from 'vitest';
import { ClockError, clockFromEnv, fixedClock, parseNow, utcDay } from './clock.ts';

describe('clock', () => {
  it('reads a pinned ATLAS_NOW as a calendar day at midnight UTC', () => {
    expect(clockFromEnv({ ATLAS_NOW: '2026-11-28' })().toISOString()).toBe('2026-11-28T00:00:00.000Z');
  });

  it('reads a pinned ATLAS_NOW date-time with its offset', () => {
    expect(clockFromEnv({ ATLAS_NOW: '2026-11-28T23:30:00+14:00' })().toISOString()).toBe('2026-11-28T09:30:00.000Z');
  });

  it.each(['yesterday', '2026-13-01', '2026-02-30', '2026-11-28T10:00', '1700000000'])('refuses %j instead of falling back to the real clock', (v) => {
    expect(() => clockFromEnv({ ATLAS_NOW: v })).toThrow(ClockError);
    expect(() => parseNow(v)).toThrow(/is not a date; use YYYY-MM-DD/);
  });

  it('uses the real clock when ATLAS_NOW is unset or empty', () => {
    const before = Date.now();
    const t = clockFromEnv({ ATLAS_NOW: '' })().getTime();
    expect(t).toBeGreaterThanOrEqual(before);
    expect(clockFromEnv({})()).toBeInstanceOf(Date);
  });

  it('gives each caller its own Date, so a caller mutating it cannot move the clock', () => {
    const clock = fixedClock('2026-01-01');
    clock().setUTCFullYear(1999);
    expect(utcDay(clock())).toBe('2026-01-01');
  });

  it('dates an instant by its UTC day, whatever the local timezone', () => {
    // 23:30 on 5 Dec in UTC is already 6 Dec in UTC+14; entries are dated in UTC.
    expect(utcDay(new Date('2026-12-05T23:30:00Z'))).toBe('2026-12-05');
  });
});
