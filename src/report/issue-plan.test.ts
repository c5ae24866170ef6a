import { describe, expect, it } from 'vitest';
import { fitIssueBody, planIssue } from './issue-plan.ts';

const open = { number: 7, state: 'open' as const, body: 'old' };
const closed = { number: 3, state: 'closed' as const, body: 'older' };

describe('planIssue', () => {
  it.each([
    ['unhealthy, no issue yet → create', undefined, undefined, false, { kind: 'create', body: 'new' }],
    ['unhealthy, open issue → update', open, undefined, false, { kind: 'update', number: 7, body: 'new' }],
    ['unhealthy, closed issue → reopen, never a duplicate', undefined, closed, false, { kind: 'reopen', number: 3, body: 'new' }],
    ['healthy, open issue → close', open, undefined, true, { kind: 'close', number: 7, body: 'new', comment: expect.stringMatching(/healthy/) }],
    ['healthy, no open issue → nothing', undefined, closed, true, { kind: 'none', reason: 'all healthy and no open report issue' }],
  ] as const)('%s', (_n, o, c, healthy, expected) => {
    expect(planIssue(o, c, healthy, 'new')).toEqual(expected);
  });
  it('does not touch an issue whose body is already up to date', () => {
    expect(planIssue({ ...open, body: 'same' }, undefined, false, 'same')).toEqual({ kind: 'none', reason: 'issue #7 is up to date' });
  });
});

describe('fitIssueBody', () => {
  it('keeps short bodies and cuts long ones at a line, saying so', () => {
    expect(fitIssueBody('short')).toBe('short');
    const long = Array.from({ length: 100 }, (_, i) => `line ${i}`).join('\n');
    const cut = fitIssueBody(long, 300);
    expect(cut.length).toBeLessThanOrEqual(300);
    expect(cut).toMatch(/line \d+\n\n… report truncated/);
  });
});
