import { describe, expect, it } from 'vitest';
import type { LinkRun, LinkStore } from '../schemas/link-status.ts';
import { linkHistory } from './stats.ts';

const run = (at: string, ok: number, redirected = 0, unknown = 0, dead = 0): LinkRun => ({ at, checked: ok + redirected + unknown + dead, ok, redirected, unknown, dead });
const store = (runs?: LinkRun[]): LinkStore => ({ version: 1, links: {}, ...(runs ? { runs } : {}) });

describe('linkHistory', () => {
  it.each<[string, LinkStore, string[]]>([
    ['a store without history', store(), []],
    ['an empty history', store([]), []],
    ['runs oldest first, whatever the file order', store([run('2026-11-02T00:00:00Z', 5), run('2026-11-01T00:00:00Z', 4)]), ['2026-11-01T00:00:00Z', '2026-11-02T00:00:00Z']],
    ['a run that checked nothing is left out', store([run('2026-11-01T00:00:00Z', 0), run('2026-11-02T00:00:00Z', 3)]), ['2026-11-02T00:00:00Z']],
    ['offsets compare as instants', store([run('2026-11-01T05:00:00+06:00', 1), run('2026-11-01T00:00:00Z', 1)]), ['2026-11-01T05:00:00+06:00', '2026-11-01T00:00:00Z']],
  ])('%s', (_name, links, expected) => {
    expect(linkHistory(links).map((r) => r.at)).toEqual(expected);
  });

  it('gives the verdict counts in stacking order', () => {
    const [r] = linkHistory(store([run('2026-11-01T00:00:00Z', 90, 5, 3, 2)]));
    expect(r).toEqual({
      at: '2026-11-01T00:00:00Z',
      checked: 100,
      parts: [
        { key: 'ok', label: 'OK', value: 90 },
        { key: 'redirected', label: 'Redirected', value: 5 },
        { key: 'unknown', label: 'Unknown', value: 3 },
        { key: 'dead', label: 'Dead', value: 2 },
      ],
    });
  });
});
