/**
 * Progress for long runs, on stderr so stdout stays the report: a redrawn bar on a terminal,
 * and on CI/pipes a plain line every 10 % (logs stay short and readable).
 */

export interface Progress {
  update(done: number, total: number): void;
  finish(): void;
}

interface Stream {
  write(s: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** `label` prefixes every line; `now` is injectable for tests. */
export function createProgress(stream: Stream, label: string, now: () => number = Date.now): Progress {
  let lastDraw = 0;
  let lastStep = -1;
  let drawn = false;
  if (stream.isTTY) {
    return {
      update(done, total) {
        const t = now();
        if (done < total && t - lastDraw < 80) return;
        lastDraw = t;
        const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - label.length - 24));
        const filled = total ? Math.round((done / total) * width) : width;
        const pct = total ? Math.floor((done / total) * 100) : 100;
        stream.write(`\r${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${pct}%`);
        drawn = true;
      },
      finish() {
        if (drawn) stream.write('\n');
      },
    };
  }
  return {
    update(done, total) {
      const step = total ? Math.floor((done / total) * 10) : 10;
      if (step <= lastStep) return;
      lastStep = step;
      stream.write(`${label}: ${done}/${total} checked\n`);
    },
    finish() {},
  };
}
