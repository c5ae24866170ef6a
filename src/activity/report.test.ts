import { describe, expect, it } from 'vitest';
import type { ActivityStore } from '../schemas/activity.ts';
import type { ActivityTarget } from './entries.ts';
import { newFindings, renderReportMarkdown } from './report.ts';
import type { RunSummary } from './run.ts';

const now = new Date('2026-11-28T00:00:00Z');
const f = '2026-11-28T00:00:00Z';
const target = (id: string, pypi = false): ActivityTarget => ({
  id, file: `content/entries/${id}.md`,
  repo: { value: `https://github.com/o/${id}`, line: 3, col: 7, host: 'github', ref: { owner: 'o', name: id } },
  ...(pypi ? { pypi: { value: id, line: 4, col: 7 } } : {}),
});
const store = (entries: ActivityStore['entries'], fetchedAt: string | null = f): ActivityStore => ({ fetchedAt, entries });
const summary: RunSummary = {
  github: { requested: 3, found: 2, missing: 1, errors: 0, fresh: 0, requests: 1, skipped: null },
  pypi: { requested: 0, found: 0, missing: 0, errors: 0, fresh: 0 },
  notGithub: 0,
  failures: [{ id: 'x', source: 'pypi', error: 'PyPI answered 500' }],
};

describe('newFindings', () => {
  it('lists only what is new compared with the previous store', () => {
    const prev = store({
      a: { github: { repo: 'o/a', archived: true, fetchedAt: f } },
      b: { github: { repo: 'o/b', archived: false, lastCommit: '2026-11-01T00:00:00Z', fetchedAt: f } },
    });
    const next = store({
      a: { github: { repo: 'o/a', archived: true, fetchedAt: f } },
      b: { github: { repo: 'o/b', archived: true, lastCommit: '2026-11-01T00:00:00Z', fetchedAt: f } },
      c: { github: { repo: 'o/c', currentRepo: 'o-org/c', url: 'https://github.com/o-org/c', fetchedAt: f } },
      d: { github: { repo: 'o/d', missing: true, fetchedAt: f } },
      e: { github: { repo: 'o/e', lastCommit: '2024-01-01T00:00:00Z', fetchedAt: f } },
      g: { github: { repo: 'o/g', lastCommit: '2025-06-01T00:00:00Z', fetchedAt: f }, pypi: { name: 'g', developmentStatus: '7 - Inactive', fetchedAt: f } },
    });
    const got = newFindings(prev, next, ['a', 'b', 'c', 'd', 'e', 'g'].map((id) => target(id, id === 'g')), now);
    expect(got.map((x) => `${x.kind}:${x.id}`)).toEqual(['archived:b', 'renamed:c', 'missing:d', 'dormant:e', 'deprecated:g', 'stale:g']);
    expect(got.find((x) => x.kind === 'renamed')).toMatchObject({ message: 'o/c is now o-org/c', hint: 'set repo: https://github.com/o-org/c', line: 3 });
    expect(got.find((x) => x.kind === 'deprecated')?.line).toBe(4);
  });

  it('judges the previous store at its own fetch time, so time passing makes a project newly stale', () => {
    const block = { github: { repo: 'o/a', lastCommit: '2025-11-01T00:00:00Z', fetchedAt: '2026-10-01T00:00:00Z' } };
    const got = newFindings(store({ a: block }), store({ a: block }), [target('a')], now);
    expect(got.map((x) => x.kind)).toEqual(['stale']);
  });

  it('does not report stale or dormant for an archived repository', () => {
    const next = store({ a: { github: { repo: 'o/a', archived: true, lastCommit: '2020-01-01T00:00:00Z', fetchedAt: f } } });
    expect(newFindings(store({}), next, [target('a')], now).map((x) => x.kind)).toEqual(['archived']);
  });
});

describe('renderReportMarkdown', () => {
  it('renders sections, counts and failures', () => {
    const next = store({ d: { github: { repo: 'o/d', missing: true, fetchedAt: f } } });
    const md = renderReportMarkdown(newFindings(store({}), next, [target('d')], now), summary, next);
    expect(md).toContain('### Missing (repository or PyPI project gone) (1)');
    expect(md).toContain('- `d` (content/entries/d.md:3): o/d no longer exists on GitHub. Find where the project moved, or remove the repo field.');
    expect(md).toContain('### Fetch failures (1, previous values kept)');
    expect(md).toContain('GitHub: 2 found, 1 missing');
  });
  it('says so when there is nothing to act on', () => {
    expect(renderReportMarkdown([], { ...summary, failures: [] }, store({}))).toContain('Nothing new to act on.');
  });
});
