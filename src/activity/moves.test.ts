import { describe, expect, it } from 'vitest';
import type { ActivityStore, EntryActivity } from '../schemas/activity.ts';
import { followMovedEntries } from './moves.ts';

const block = (stars: number): EntryActivity => ({ history: [{ month: '2026-11', stars }] });
const store = (entries: Record<string, EntryActivity>): ActivityStore => ({ fetchedAt: '2026-12-01T00:00:00Z', entries });

describe('followMovedEntries', () => {
  it('carries a moved entry\'s activity and history to its new id', () => {
    const out = followMovedEntries(store({ 'gui-frameworks/pyside6': block(5), 'web-frameworks/flask': block(9) }), { 'gui-frameworks/pyside6': 'user-interfaces/pyside6' });
    expect(out.store.entries).toEqual({ 'user-interfaces/pyside6': block(5), 'web-frameworks/flask': block(9) });
    expect(out.moved).toEqual([{ from: 'gui-frameworks/pyside6', to: 'user-interfaces/pyside6' }]);
    expect(out.store.fetchedAt).toBe('2026-12-01T00:00:00Z');
  });

  it('follows a chain of moves to the last id', () => {
    const out = followMovedEntries(store({ 'a/x': block(1) }), { 'a/x': 'b/x', 'b/x': 'c/x' });
    expect(Object.keys(out.store.entries)).toEqual(['c/x']);
  });

  it('keeps the block already at the new id (it is newer) and drops the old one', () => {
    const out = followMovedEntries(store({ 'a/x': block(1), 'b/x': block(2) }), { 'a/x': 'b/x' });
    expect(out.store.entries).toEqual({ 'b/x': block(2) });
    expect(out.moved).toEqual([]);
  });

  it('leaves entries that became learning resources, and circular chains, where they are', () => {
    const moves = { 'design-patterns/thealgorithms': 'resources/website/thealgorithms-python', 'a/x': 'b/x', 'b/x': 'a/x' };
    const out = followMovedEntries(store({ 'design-patterns/thealgorithms': block(3), 'a/x': block(1) }), moves);
    expect(out.store.entries).toEqual({ 'design-patterns/thealgorithms': block(3), 'a/x': block(1) });
    expect(out.moved).toEqual([]);
  });
});
