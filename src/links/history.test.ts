import { describe, expect, it } from 'vitest';
import { linkRunSchema, type LinkRun } from '../schemas/link-status.ts';
import { appendRun, runSummary, type RunItem } from './history.ts';

const AT = '2026-11-28T03:00:00.000Z';
const item = (key: string, verdict: RunItem['verdict'], state: RunItem['state'] = verdict === 'ok' ? 'ok' : 'warning'): RunItem => ({ key, verdict, state });

describe('runSummary', () => {
  it.each<[string, RunItem[], Omit<LinkRun, 'at'>]>([
    ['no links', [], { checked: 0, ok: 0, redirected: 0, dead: 0, unknown: 0, suspect: 0, failing: 0 }],
    [
      'one of each verdict',
      [item('a', 'ok'), item('b', 'redirected'), item('c', 'unknown'), item('d', 'dead', 'suspect')],
      { checked: 4, ok: 1, redirected: 1, dead: 1, unknown: 1, suspect: 1, failing: 0 },
    ],
    [
      'dead links split by the run threshold',
      [item('a', 'dead', 'failing'), item('b', 'dead', 'failing'), item('c', 'dead', 'suspect'), item('d', 'ok')],
      { checked: 4, ok: 1, redirected: 0, dead: 3, unknown: 0, suspect: 1, failing: 2 },
    ],
    [
      'spellings of one URL count once',
      [item('a', 'ok'), item('a', 'ok'), item('b', 'dead', 'suspect'), item('b', 'dead', 'suspect')],
      { checked: 2, ok: 1, redirected: 0, dead: 1, unknown: 0, suspect: 1, failing: 0 },
    ],
    [
      'a URL failing from one source and suspect from another is failing',
      [item('a', 'dead', 'suspect'), item('a', 'dead', 'failing'), item('a', 'dead', 'suspect')],
      { checked: 1, ok: 0, redirected: 0, dead: 1, unknown: 0, suspect: 0, failing: 1 },
    ],
    [
      'strict mode: a failing redirect is not a dead link',
      [item('a', 'redirected', 'failing'), item('b', 'unknown', 'failing')],
      { checked: 2, ok: 0, redirected: 1, dead: 0, unknown: 1, suspect: 0, failing: 0 },
    ],
  ])('%s', (_name, items, expected) => {
    const run = runSummary(items, AT);
    expect(run).toEqual({ at: AT, ...expected });
    expect(run.ok + run.redirected + run.dead + run.unknown).toBe(run.checked);
    expect(linkRunSchema.safeParse(run).success).toBe(true);
  });
});

describe('appendRun', () => {
  const run = (day: number): LinkRun => ({ at: `2026-11-${String(day).padStart(2, '0')}T00:00:00.000Z`, checked: day, ok: day, redirected: 0, dead: 0, unknown: 0 });
  const days = (runs: LinkRun[]) => runs.map((r) => r.checked);
  it.each<[string, LinkRun[] | undefined, number, number[]]>([
    ['a store without history starts one', undefined, 120, [9]],
    ['appends last (oldest first)', [run(1), run(2)], 120, [1, 2, 9]],
    ['at the bound, the oldest run goes', [run(1), run(2), run(3)], 3, [2, 3, 9]],
    ['an over-long history is cut to the bound', [run(1), run(2), run(3), run(4), run(5)], 2, [5, 9]],
    ['a bound of 0 keeps nothing', [run(1)], 0, []],
  ])('%s', (_name, before, max, expected) => {
    const copy = before && [...before];
    expect(days(appendRun(before, run(9), max))).toEqual(expected);
    expect(before).toEqual(copy); // not mutated
  });
  it('keeps the newest 120 by default', () => {
    let runs: LinkRun[] | undefined;
    for (let d = 1; d <= 130; d++) runs = appendRun(runs, { ...run(1), checked: d });
    expect(runs).toHaveLength(120);
    expect(runs![0]!.checked).toBe(11);
    expect(runs!.at(-1)!.checked).toBe(130);
  });
});
