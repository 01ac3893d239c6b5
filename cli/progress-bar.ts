/**
 * Progress on stderr: a bar redrawn in place on a terminal, plain lines (at most one
 * every few seconds, and the last) when stderr is a pipe or a file, so logs stay readable.
 */

export interface ProgressBar {
  /** Reports `done` of `total` units finished (and `work` of `totalWork`, when weighted). */
  update(done: number, work?: number): void;
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
  /** Units already done before this command started (a resumed sweep), left out of the ETA rate. */
  startAt?: number;
  /**
   * When units differ in size (a sweep's runs over town sizes), the total work: the ETA then
   * follows the work done (`update`'s second argument), not the count. `startWork` is the work
   * done before this command started.
   */
  totalWork?: number;
  startWork?: number;
  /** Clock in milliseconds (default `performance.now`; tests pass their own). */
  now?: () => number;
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
  const now = opts.now ?? (() => performance.now());
  const started = now();
  const startAt = opts.startAt ?? 0;
  const weighted = opts.totalWork !== undefined && opts.totalWork > 0;
  const startWork = opts.startWork ?? 0;
  const every = (opts.plainEverySeconds ?? 5) * 1000;
  let lastPlain = -Infinity;
  let last = "";
  const line = (done: number, work: number) => {
    const frac = opts.total ? Math.min(1, done / opts.total) : 1;
    const elapsed = (now() - started) / 1000;
    // Seconds left at the rate since this command started: in units, or in work when units differ in size.
    const [left, rate] = weighted ? [opts.totalWork! - work, (work - startWork) / elapsed] : [opts.total - done, (done - startAt) / elapsed];
    const eta = done >= opts.total ? 0 : rate > 0 ? left / rate : Infinity;
    const pct = `${Math.floor(frac * 100)}%`.padStart(4);
    const count = `${done}/${opts.total} ${opts.unit}`;
    const times = `elapsed ${formatDuration(elapsed)}  ETA ${formatDuration(eta)}`;
    if (!tty) return `${pct}  ${count}  ${times}`;
    const fill = Math.round(frac * WIDTH);
    return `[${"#".repeat(fill)}${".".repeat(WIDTH - fill)}] ${pct}  ${count}  ${times}`;
  };
  let current = startAt;
  let currentWork = startWork;
  return {
    update(done, work = currentWork) {
      current = done;
      currentWork = work;
      if (tty) {
        const l = line(done, work);
        if (l !== last) stream.write(`\r${l}\x1b[K`);
        last = l;
      } else if (now() - lastPlain >= every || done >= opts.total) {
        lastPlain = now();
        stream.write(line(done, work) + "\n");
      }
    },
    finish() {
      if (tty) stream.write(`\r${line(current, currentWork)}\x1b[K\n`);
    },
  };
}
