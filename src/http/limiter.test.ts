import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Limiter } from './limiter.ts';

// Fake timers drive both setTimeout and Date.now, so these tests measure the limiter's own
// schedule, never how busy the machine is.
beforeEach(() => void vi.useFakeTimers({ now: new Date('2026-01-01T00:00:00Z') }));
afterEach(() => void vi.useRealTimers());

const tick = (ms: number) => vi.advanceTimersByTimeAsync(ms);

describe('Limiter', () => {
  it('never lets more than `concurrency` tasks run at once', async () => {
    const l = new Limiter({ concurrency: 3 });
    let running = 0;
    let max = 0;
    const all = Promise.all(
      Array.from({ length: 20 }, () =>
        l.run(async () => {
          running++;
          max = Math.max(max, running);
          await new Promise((r) => setTimeout(r, 5));
          running--;
        }),
      ),
    );
    await tick(100);
    await all;
    expect(max).toBe(3);
    expect(l.peak).toBe(3);
    expect(l.active).toBe(0);
  });

  it('spaces starts by the interval', async () => {
    const l = new Limiter({ concurrency: 5, intervalMs: 30 });
    const starts: number[] = [];
    const all = Promise.all(Array.from({ length: 4 }, () => l.run(async () => void starts.push(Date.now()))));
    await tick(200);
    await all;
    const t0 = starts[0]!;
    expect(starts.map((t) => t - t0)).toEqual([0, 30, 60, 90]);
  });

  it('slowDown halves concurrency, pauses, and adds an interval from the second time on', async () => {
    const l = new Limiter({ concurrency: 4 });
    l.slowDown(50);
    expect(l.concurrency).toBe(2);
    expect(l.intervalMs).toBe(0);
    let ran = false;
    const first = l.run(async () => void (ran = true));
    await tick(49);
    expect(ran).toBe(false); // still paused
    await tick(1);
    await first;
    expect(ran).toBe(true);
    l.slowDown();
    l.slowDown();
    expect(l.concurrency).toBe(1);
    expect(l.intervalMs).toBe(100);
  });

  it('reports when a pause ends, so callers can see it is capped', async () => {
    const l = new Limiter({ concurrency: 1 });
    expect(l.resumesAt).toBeLessThanOrEqual(Date.now());
    l.pause(200);
    expect(l.resumesAt).toBe(Date.now() + 200);
    l.pause(50); // a shorter pause never cuts a longer one short
    expect(l.resumesAt).toBe(Date.now() + 200);
  });

  it('drops a queued waiter whose signal aborts', async () => {
    const l = new Limiter({ concurrency: 1 });
    const release = await l.acquire();
    const ac = new AbortController();
    const waiting = l.acquire(ac.signal);
    ac.abort(new Error('stop'));
    await expect(waiting).rejects.toThrow('stop');
    release();
    const again = await l.acquire();
    again();
    expect(l.active).toBe(0);
  });

  it('lets a slowed-down host go on beside a stalled request, never past the hard ceiling', async () => {
    const l = new Limiter({ concurrency: 2, stallMs: 150 });
    l.slowDown();
    expect(l.concurrency).toBe(1);
    const hung = await l.acquire();
    let second: (() => void) | undefined;
    void l.acquire().then((r) => (second = r));
    await tick(149);
    expect(second).toBeUndefined(); // the first is still moving: slowed to 1
    await tick(1);
    expect(second).toBeDefined(); // the first has stalled: it no longer counts against the slow-down
    let third: (() => void) | undefined;
    void l.acquire().then((r) => (third = r));
    await tick(1000);
    expect(third).toBeUndefined(); // both stalled, but the hard ceiling (2) holds
    expect(l.active).toBe(2);
    hung();
    await tick(0);
    expect(third).toBeDefined();
    second!();
    third!();
    expect(l.active).toBe(0);
  });
});
