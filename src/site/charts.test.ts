import { expect, test } from 'vitest';
import { bars, percent, sparkline, stack, stackedColumns } from './charts.ts';

test('sparkline scales the series into the box, y growing downwards', () => {
  const s = sparkline([0, 5, 10], 104, 54, 2)!;
  expect(s.points).toEqual([
    { x: 2, y: 52 },
    { x: 52, y: 27 },
    { x: 102, y: 2 },
  ]);
  expect(s.line).toBe('M2 52L52 27L102 2');
  expect(s.area).toBe('M2 52L52 27L102 2L102 52L2 52Z');
});

test('a flat or single-point series draws in the middle; an empty one draws nothing', () => {
  expect(sparkline([7, 7], 100, 50, 0)!.points.map((p) => p.y)).toEqual([25, 25]);
  expect(sparkline([7], 100, 50, 0)!.points).toEqual([{ x: 50, y: 25 }]);
  expect(sparkline([], 100, 50)).toBeNull();
});

test('bars scale to the largest value', () => {
  expect(bars([{ label: 'a', value: 5 }, { label: 'b', value: 10 }]).map((b) => b.fraction)).toEqual([0.5, 1]);
  expect(bars([{ label: 'a', value: 0 }])[0]!.fraction).toBe(0);
});

test('stack splits shares and start offsets', () => {
  expect(stack([{ key: 'a', value: 1 }, { key: 'b', value: 3 }])).toEqual([
    { key: 'a', value: 1, share: 0.25, start: 0 },
    { key: 'b', value: 3, share: 0.75, start: 0.25 },
  ]);
  expect(stack([{ key: 'a', value: 0 }])[0]!.share).toBe(0);
});

test('percent keeps small shares visible', () => {
  expect(percent(0.4)).toBe('40 %');
  expect(percent(0.049)).toBe('4.9 %');
  expect(percent(0.02)).toBe('2 %');
  expect(percent(0)).toBe('0 %');
});

test('stackedColumns: one 100 % column per run, parts stacked bottom up', () => {
  const box = { x: 10, y: 0, width: 100, height: 50 };
  const cols = stackedColumns(
    [
      [{ key: 'ok', value: 3 }, { key: 'dead', value: 1 }],
      [{ key: 'ok', value: 1 }, { key: 'dead', value: 0 }],
    ],
    box,
    2,
  );
  expect(cols).toEqual([
    [
      { key: 'ok', x: 11, y: 12.5, width: 48, height: 37.5 },
      { key: 'dead', x: 11, y: 0, width: 48, height: 12.5 },
    ],
    [{ key: 'ok', x: 61, y: 0, width: 48, height: 50 }],
  ]);
});

test('stackedColumns: an empty run draws nothing, narrow columns keep most of their width', () => {
  expect(stackedColumns([[{ key: 'ok', value: 0 }]], { x: 0, y: 0, width: 10, height: 10 })).toEqual([[]]);
  expect(stackedColumns([], { x: 0, y: 0, width: 10, height: 10 })).toEqual([]);
  const narrow = stackedColumns(Array.from({ length: 100 }, () => [{ key: 'ok', value: 1 }]), { x: 0, y: 0, width: 150, height: 10 }, 2);
  expect(narrow[0]![0]!.width).toBe(1);
  expect(narrow[99]![0]!.x).toBeCloseTo(148.8, 1);
});
