import { describe, expect, it } from 'vitest';
import { Limiter } from './limiter.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('Limiter', () => {
  it('never lets more than `concurrency` tasks run at once', async () => {
    const l = new Limiter({ concurrency: 3 });
    let running = 0;
    let max = 0;
    await Promise.all(
      Array.from({ length: 20 }, () =>
        l.run(async () => {
          running++;
          max = Math.max(max, running);
          await sleep(5);
          running--;
        }),
      ),
    );
    expect(max).toBe(3);
    expect(l.peak).toBe(3);
    expect(l.active).toBe(0);
  });

  it('spaces starts by the interval', async () => {
    const l = new Limiter({ concurrency: 5, intervalMs: 30 });
    const starts: number[] = [];
    await Promise.all(Array.from({ length: 4 }, () => l.run(async () => void starts.push(Date.now()))));
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(25);
  });

  it('slowDown halves concurrency, pauses, and adds an interval from the second time on', async () => {
    const l = new Limiter({ concurrency: 4 });
    l.slowDown(50);
    expect(l.concurrency).toBe(2);
    expect(l.intervalMs).toBe(0);
    const t0 = Date.now();
    await l.run(async () => {});
    expect(Date.now() - t0).toBeGreaterThanOrEqual(45);
    l.slowDown();
    l.slowDown();
    expect(l.concurrency).toBe(1);
    expect(l.intervalMs).toBe(100);
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
    await sleep(20);
    expect(second).toBeUndefined(); // the first is still moving: slowed to 1
    await sleep(200);
    expect(second).toBeDefined(); // the first has stalled: it no longer counts against the slow-down
    let third: (() => void) | undefined;
    void l.acquire().then((r) => (third = r));
    await sleep(250);
    expect(third).toBeUndefined(); // both stalled, but the hard ceiling (2) holds
    expect(l.active).toBe(2);
    hung();
    await sleep(5);
    expect(third).toBeDefined();
    second!();
    third!();
    expect(l.active).toBe(0);
  });
});
