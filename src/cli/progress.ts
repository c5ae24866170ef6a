/**
 * The one progress reporter of the commands, on stderr so stdout stays the report: a bar redrawn
 * in place on a terminal; on CI and pipes a plain line every 10 % for the long network runs
 * (`plain: true`: links, activity) and nothing for the quick local ones (validate, import), whose
 * summary line says enough. A CI runner that fakes a TTY still gets plain lines.
 */

export interface Progress {
  /** `detail` (e.g. per-source counts) replaces the bare `done/total` when given. */
  update(done: number, total: number, detail?: string): void;
  /** A line of its own that must not be overwritten by the bar (a rate-limit wait). */
  note(line: string): void;
  /** Ends the bar's line (a no-op when nothing was drawn). */
  finish(): void;
}

export interface ProgressStream {
  write(s: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface ProgressOptions {
  /** Prefix of every line, e.g. the command name. */
  label: string;
  /** Word after the counts in plain lines: `links: 200/2000 checked`. */
  unit: string;
  /** Write plain lines when there is no terminal (else stay silent). */
  plain: boolean;
  /** The environment (CI forces plain lines). */
  env: NodeJS.ProcessEnv;
  /** Milliseconds, for throttling the bar; injectable for tests. */
  now?: () => number;
}

/** Creates the reporter for `stream`; see the module comment for what it draws where. */
export function createProgress(stream: ProgressStream, o: ProgressOptions): Progress {
  const now = o.now ?? Date.now;
  if (stream.isTTY && !o.env.CI) {
    let lastDraw = 0;
    let drawn = false;
    return {
      update(done, total, detail) {
        const t = now();
        if (done < total && t - lastDraw < 80) return;
        lastDraw = t;
        const counts = detail ?? `${done}/${total}`;
        const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - o.label.length - counts.length - 10));
        const filled = total ? Math.round((done / total) * width) : width;
        const pct = total ? Math.floor((done / total) * 100) : 100;
        stream.write(`\r${o.label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${counts} ${pct}%\x1b[K`);
        drawn = true;
      },
      note(line) {
        stream.write(`${drawn ? '\n' : ''}${line}\n`);
        drawn = false;
      },
      finish() {
        if (drawn) stream.write('\n');
        drawn = false;
      },
    };
  }
  let lastStep = -1;
  return {
    update(done, total, detail) {
      if (!o.plain) return;
      const step = total ? Math.floor((done / total) * 10) : 10;
      if (step <= lastStep) return;
      lastStep = step;
      stream.write(`${o.label}: ${detail ?? `${done}/${total}`} ${o.unit}\n`);
    },
    note(line) {
      stream.write(`${line}\n`);
    },
    finish() {},
  };
}
