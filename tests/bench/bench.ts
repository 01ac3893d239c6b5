/** The shape of a benchmark file: `tests/bench/<topic>.bench.ts` default-exports `Bench[]`. */
export interface Bench {
  /** The `"bench"` name printed on each line and used to select benches on the command line. */
  name: string;
  /**
   * Node flags the bench must run under (the runner starts a process with them when this one
   * lacks them): benches of what the `doorstep` CLI does use its flags, `CLI_NODE_FLAGS`.
   */
  nodeFlags?: readonly string[];
  /** Runs the bench; each returned object becomes one JSON line on stdout. */
  run(): Promise<Record<string, unknown>[]> | Record<string, unknown>[];
}

/** Median of a list of numbers. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Peak resident set size of this process so far, in MiB. */
export function peakRssMb(): number {
  return Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10;
}
