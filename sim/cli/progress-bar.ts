/**
 * Progress on stderr: a bar redrawn in place on a terminal, plain lines (at most one
 * every few seconds, and the last) when stderr is a pipe or a file, so logs stay readable.
 */

export interface ProgressBar {
  /** Reports `done` of `total` units finished. */
  update(done: number): void;
  /** Ends the bar (a newline on a terminal). */
  finish(): void;
}

export interface ProgressBarOptions {
  total: number;
  /** What is counted: "days", "runs". */
  unit: string;
  /** Where to write (default: process.stderr). */
  stream?: NodeJS.WriteStream;
  /** Seconds between plain lines when not on a terminal (default 5). */
  plainEverySeconds?: number;
  /** Units already done before this session (a resumed sweep), left out of the ETA rate. */
  startAt?: number;
}

const WIDTH = 30;

/** `1h02m`, `3m05s`, `12s`. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return "?";
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = s % 60;
  if (h) return `${h}h${String(m).padStart(2, "0")}m`;
  if (m) return `${m}m${String(r).padStart(2, "0")}s`;
  return `${r}s`;
}

/**
 * @example
 * ```ts
 * const bar = createProgressBar({ total: specs.length, unit: "runs" });
 * bar.update(3); ... bar.finish();
 * ```
 */
export function createProgressBar(opts: ProgressBarOptions): ProgressBar {
  const stream = opts.stream ?? process.stderr;
  const tty = stream.isTTY === true;
  const started = performance.now();
  const startAt = opts.startAt ?? 0;
  const every = (opts.plainEverySeconds ?? 5) * 1000;
  let lastPlain = -Infinity;
  let last = "";
  const line = (done: number) => {
    const frac = opts.total ? Math.min(1, done / opts.total) : 1;
    const elapsed = (performance.now() - started) / 1000;
    const rate = (done - startAt) / elapsed;
    const eta = done >= opts.total ? 0 : rate > 0 ? (opts.total - done) / rate : Infinity;
    const pct = `${Math.floor(frac * 100)}%`.padStart(4);
    const count = `${done}/${opts.total} ${opts.unit}`;
    const times = `elapsed ${formatDuration(elapsed)}  ETA ${formatDuration(eta)}`;
    if (!tty) return `${pct}  ${count}  ${times}`;
    const fill = Math.round(frac * WIDTH);
    return `[${"#".repeat(fill)}${".".repeat(WIDTH - fill)}] ${pct}  ${count}  ${times}`;
  };
  let current = startAt;
  return {
    update(done) {
      current = done;
      if (tty) {
        const l = line(done);
        if (l !== last) stream.write(`\r${l}\x1b[K`);
        last = l;
      } else if (performance.now() - lastPlain >= every || done >= opts.total) {
        lastPlain = performance.now();
        stream.write(line(done) + "\n");
      }
    },
    finish() {
      if (tty) stream.write(`\r${line(current)}\x1b[K\n`);
    },
  };
}
