/**
 * Politeness in one object: a limiter owns how many requests may be in flight, the minimum gap
 * between two starts, and a pause (after a 429). The HTTP client keeps one for the whole process
 * (global concurrency) and one per host; a host that answers 429 is `slowDown()`-ed and stays
 * slower for the rest of the run.
 */

export interface LimiterOptions {
  /** Requests allowed in flight at once (>= 1). */
  concurrency: number;
  /** Minimum milliseconds between two request starts (0 = none). */
  intervalMs?: number;
}

interface Waiter {
  resolve: (release: () => void) => void;
  reject: (reason: unknown) => void;
  signal?: AbortSignal | undefined;
  onAbort?: () => void;
}

export class Limiter {
  concurrency: number;
  intervalMs: number;
  /** Requests currently holding a slot. */
  active = 0;
  /** Most requests that ever held a slot at once (for tests and benches). */
  peak = 0;
  /** How many times this limiter was slowed down (429s seen). */
  penalties = 0;
  private pausedUntil = 0;
  private lastStart = -Infinity;
  private queue: Waiter[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(options: LimiterOptions) {
    this.concurrency = Math.max(1, Math.floor(options.concurrency));
    this.intervalMs = Math.max(0, options.intervalMs ?? 0);
  }

  /** Waits for a slot; resolves with the function that gives it back (call it exactly once). */
  acquire(signal?: AbortSignal): Promise<() => void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = { resolve, reject, signal };
      if (signal) {
        waiter.onAbort = () => {
          const i = this.queue.indexOf(waiter);
          if (i >= 0) this.queue.splice(i, 1);
          reject(signal.reason);
        };
        signal.addEventListener('abort', waiter.onAbort, { once: true });
      }
      this.queue.push(waiter);
      this.pump();
    });
  }

  /** Runs `fn` holding a slot. */
  async run<T>(fn: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    const release = await this.acquire(signal);
    try {
      return await fn();
    } finally {
      release();
    }
  }

  /** Stops starting requests for `ms` (e.g. the server's Retry-After). */
  pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, Date.now() + ms);
  }

  /**
   * The host said "too many requests": halve its concurrency (down to 1) and, from the second
   * penalty on, space request starts out (doubling, up to 2 s). Never undone within a run.
   */
  slowDown(retryAfterMs?: number): void {
    this.penalties++;
    this.concurrency = Math.max(1, Math.floor(this.concurrency / 2));
    if (this.penalties >= 2) this.intervalMs = Math.min(2000, Math.max(50, this.intervalMs * 2));
    if (retryAfterMs !== undefined) this.pause(retryAfterMs);
  }

  private pump(): void {
    while (this.queue.length > 0 && this.active < this.concurrency) {
      const now = Date.now();
      const startAt = Math.max(this.pausedUntil, this.lastStart + this.intervalMs);
      if (startAt > now) {
        if (!this.timer) {
          this.timer = setTimeout(() => {
            this.timer = undefined;
            this.pump();
          }, startAt - now);
        }
        return;
      }
      const waiter = this.queue.shift()!;
      if (waiter.signal && waiter.onAbort) waiter.signal.removeEventListener('abort', waiter.onAbort);
      this.active++;
      this.peak = Math.max(this.peak, this.active);
      this.lastStart = now;
      let released = false;
      waiter.resolve(() => {
        if (released) return;
        released = true;
        this.active--;
        this.pump();
      });
    }
  }
}
