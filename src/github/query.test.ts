import { describe, expect, it } from 'vitest';
import { batches, buildRepositoriesQuery } from './query.ts';

describe('buildRepositoriesQuery', () => {
  it('gives every repository an alias and shares one fragment', () => {
    const q = buildRepositoriesQuery([{ owner: 'a', name: 'b' }, { owner: 'c', name: 'd.e' }]);
    expect(q).toContain('r0: repository(owner: "a", name: "b") { ...RepoFields }');
    expect(q).toContain('r1: repository(owner: "c", name: "d.e") { ...RepoFields }');
    expect(q.match(/fragment RepoFields on Repository/g)).toHaveLength(1);
    for (const f of ['stargazerCount', 'forkCount', 'issues(states: OPEN)', 'isArchived', 'isDisabled', 'pushedAt', 'licenseInfo', 'committedDate', 'latestRelease', 'repositoryTopics', 'nameWithOwner', 'url']) {
      expect(q).toContain(f);
    }
  });

  it('asks only for existence fields when told', () => {
    const q = buildRepositoriesQuery([{ owner: 'a', name: 'b' }], 'existence');
    expect(q).toContain('nameWithOwner url isArchived isDisabled');
    expect(q).not.toContain('stargazerCount');
  });

  it('refuses invalid names instead of quoting them into the query', () => {
    expect(() => buildRepositoriesQuery([{ owner: 'a', name: 'b") { x }' }])).toThrow(/not a valid GitHub owner\/name/);
  });

  it('refuses empty and oversized batches', () => {
    expect(() => buildRepositoriesQuery([])).toThrow(RangeError);
    const many = Array.from({ length: 101 }, (_, i) => ({ owner: 'o', name: `n${i}` }));
    expect(() => buildRepositoriesQuery(many)).toThrow(RangeError);
  });
});

describe('batches', () => {
  it('splits 1,000 into ten batches of 100 and keeps order', () => {
    const items = Array.from({ length: 1000 }, (_, i) => i);
    const b = batches(items);
    expect(b).toHaveLength(10);
    expect(b.every((x) => x.length === 100)).toBe(true);
    expect(b.flat()).toEqual(items);
  });
  it('never exceeds 100 a batch even when asked', () => {
    expect(batches(Array.from({ length: 250 }, (_, i) => i), 500).map((b) => b.length)).toEqual([100, 100, 50]);
    expect(batches([1, 2, 3], 2)).toEqual([[1, 2], [3]]);
  });
});
