import { describe, expect, it } from 'vitest';
import { createProgress, type ProgressOptions } from './progress.ts';

const opts = (over: Partial<ProgressOptions> = {}): ProgressOptions => ({ label: 'links', unit: 'checked', plain: true, env: {}, ...over });

describe('createProgress', () => {
  it('prints a plain line every 10 % when not a terminal', () => {
    let out = '';
    const p = createProgress({ write: (s: string) => (out += s) }, opts());
    for (let i = 1; i <= 20; i++) p.update(i, 20);
    p.finish();
    expect(out.split('\n').filter(Boolean)).toEqual(['links: 1/20 checked', ...Array.from({ length: 10 }, (_, k) => `links: ${(k + 1) * 2}/20 checked`)]);
  });

  it('stays silent off a terminal for quick local commands (plain: false), but still prints notes', () => {
    let out = '';
    const p = createProgress({ write: (s: string) => (out += s) }, opts({ plain: false }));
    p.update(1, 2);
    p.note('github: waiting 1.0 s (secondary rate limit)');
    p.update(2, 2);
    expect(out).toBe('github: waiting 1.0 s (secondary rate limit)\n');
  });

  it('redraws one bar on a terminal, and a note starts a line of its own', () => {
    let out = '';
    let t = 0;
    const p = createProgress({ write: (s: string) => (out += s), isTTY: true, columns: 60 }, opts({ now: () => (t += 100) }));
    p.update(5, 10);
    p.note('wait');
    p.update(10, 10, 'github 10/10 (1 req)');
    p.finish();
    expect(out).toMatch(/^\rlinks \[#+-+\] 5\/10 50%\x1b\[K\nwait\n\rlinks \[#+\] github 10\/10 \(1 req\) 100%\x1b\[K\n$/);
  });

  it('prints plain lines on CI even when the stream claims to be a terminal', () => {
    let out = '';
    const p = createProgress({ write: (s: string) => (out += s), isTTY: true }, opts({ env: { CI: 'true' }, unit: 'fetched', label: 'activity' }));
    p.update(3, 3, 'github 2/2 (1 req), pypi 1/1');
    expect(out).toBe('activity: github 2/2 (1 req), pypi 1/1 fetched\n');
  });
});
