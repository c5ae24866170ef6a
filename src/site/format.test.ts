import { describe, expect, test } from 'vitest';
import { compactNumber, daysSince, fullDate, fullNumber, longDate, plural, relativeTime, shortAge } from './format.ts';

const now = new Date('2026-11-28T12:00:00Z');

describe('compactNumber keeps list columns short', () => {
  test.each([
    [0, '0'],
    [999, '999'],
    [1000, '1k'],
    [1234, '1.2k'],
    [12_345, '12.3k'],
    [123_456, '123k'],
    [999_960, '1M'],
    [4_500_000, '4.5M'],
    [2_000_000_000, '2B'],
  ])('%d -> %s', (n, text) => expect(compactNumber(n)).toBe(text));
});

test('fullNumber groups thousands', () => {
  expect(fullNumber(1234567)).toBe('1,234,567');
  expect(fullNumber(12)).toBe('12');
});

describe('relativeTime says how long ago, in words', () => {
  test.each([
    ['2026-11-28T01:00:00Z', 'today'],
    ['2026-11-27T06:00:00Z', 'yesterday'],
    ['2026-11-18T12:00:00Z', '10 days ago'],
    ['2026-10-20T12:00:00Z', '1 month ago'],
    ['2026-05-28T12:00:00Z', '6 months ago'],
    ['2025-11-01T12:00:00Z', '1 year ago'],
    ['2022-11-01T12:00:00Z', '4 years ago'],
    ['2026-12-10T12:00:00Z', 'in the future'],
    ['not a date', ''],
  ])('%s -> %s', (iso, text) => expect(relativeTime(iso, now)).toBe(text));
});

test('shortAge is the compact form for the dense list', () => {
  expect(shortAge('2026-11-28T00:00:00Z', now)).toBe('today');
  expect(shortAge('2026-11-25T00:00:00Z', now)).toBe('3d');
  expect(shortAge('2026-10-01T00:00:00Z', now)).toBe('58d');
  expect(shortAge('2026-08-28T00:00:00Z', now)).toBe('3mo');
  expect(shortAge('2025-01-28T00:00:00Z', now)).toBe('21mo');
  expect(shortAge('2023-11-28T00:00:00Z', now)).toBe('3y');
});

test('daysSince is null for unusable dates, never negative', () => {
  expect(daysSince(null, now)).toBeNull();
  expect(daysSince('garbage', now)).toBeNull();
  expect(daysSince('2026-11-18T12:00:00Z', now)).toBe(10);
  expect(daysSince('2027-01-01T00:00:00Z', now)).toBe(0);
});

test('fullDate writes the month out, on the UTC calendar day', () => {
  expect(fullDate('2026-12-06')).toBe('6 December 2026');
  expect(fullDate('2026-05-31T23:30:00-02:00')).toBe('1 June 2026');
  expect(fullDate('soon')).toBe('');
});

test('longDate and plural', () => {
  expect(longDate('2026-11-28')).toBe('28 Nov 2026');
  expect(plural(1, 'entry', 'entries')).toBe('1 entry');
  expect(plural(1200, 'entry', 'entries')).toBe('1,200 entries');
});
