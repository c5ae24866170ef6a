/**
 * Politeness in one object: a limiter owns how many requests may be in flight, the minimum gap
 * between two starts, and a pause (after a 429). The HTTP client keeps one for the whole process
 * (global concurrency) and one per host; a host that answers 429 is `slowDown()`-ed and stays
 * slower for the rest of the run.
 *
 * Two ceilings: `maxConcurrency` (the configured per-host limit) is never exceeded; `concurrency`
 * (lowered by slowDown) counts only requests that are moving. A request that has held its slot
 * longer than `stallMs` (a server that never answers) still counts against the hard ceiling but no
 * longer against the slowed-down one, so one hung request cannot freeze a throttled host for the
 * length of a timeout.
 */

export interface LimiterOptions {
  /** Requests allowed in flight at once (>= 1): the hard ceiling. */
  concurrency: number;
  /** Minimum milliseconds between two request starts (0 = none). */
  intervalMs?: number;
  /** After this long a slot holder counts as stalled (see the module comment). Default 2 s. */
  stallMs?: number;
}

interface Waiter {
  resolve: (release: () => void) => void;
  reject: (reason: unknown) => void;
  signal?: AbortSignal | undefined;
  onAbort?: () => void;
}

/** One politeness budget (global or per host); see the module comment. */
export class Limiter {
  /** The hard ceiling of requests in flight. */
  readonly maxConcurrency: number;
  /** Requests in flight that are not stalled (lowered by slowDown, never raised). */
  concurrency: number;
  intervalMs: number;
  /** Requests currently holding a slot. */
  active = 0;
  /** Of those, how many have held it longer than stallMs. */
  stalled = 0;
  /** Most requests that ever held a slot at once (for tests and benches). */
  peak = 0;
  /** How many times this limiter was slowed down (429s seen). */
  penalties = 0;
  private readonly stallMs: number;
  private pausedUntil = 0;
  private lastStart = -Infinity;
  private queue: Waiter[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(options: LimiterOptions) {
    this.maxConcurrency = Math.max(1, Math.floor(options.concurrency));
    this.concurrency = this.maxConcurrency;
    this.intervalMs = Math.max(0, options.intervalMs ?? 0);
    this.stallMs = options.stallMs ?? 2000;
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

  /** When the current pause ends (epoch ms; in the past when not paused). */
  get resumesAt(): number {
    return this.pausedUntil;
  }

  /** Stops starting requests for `ms` (e.g. the server's Retry-After). */
  pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, Date.now() + ms);
  }

  /**
   * The host said "too many requests": halve its concurrency (down to 1) and, from the second
   * penalty on, space request starts out (50 ms, doubling, up to 2 s). Never undone within a run.
   */
  slowDown(retryAfterMs?: number): void {
    this.penalties++;
    this.concurrency = Math.max(1, Math.floor(this.concurrency / 2));
    if (this.penalties >= 2) this.intervalMs = Math.min(2000, Math.max(50, this.intervalMs * 2));
    if (retryAfterMs !== undefined) this.pause(retryAfterMs);
  }

  private canStart(): boolean {
    return this.active < this.maxConcurrency && this.active - this.stalled < this.concurrency;
  }

  private pump(): void {
    while (this.queue.length > 0 && this.canStart()) {
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
      let stalled = false;
      const stallTimer = setTimeout(() => {
        stalled = true;
        this.stalled++;
        this.pump();
      }, this.stallMs);
      stallTimer.unref();
      waiter.resolve(() => {
        if (released) return;
        released = true;
        clearTimeout(stallTimer);
        if (stalled) this.stalled--;
        this.active--;
        this.pump();
      });
    }
  }
}
