/**
 * The V8 flags the `doorstep` command runs under (the launcher's shebang line and the
 * `npm run doorstep` script carry the same text; a test checks they agree). V8 flags are
 * per process and only take effect at start, so they cannot be set from inside the CLI.
 *
 * - `--max-semi-space-size=64` (MB): a larger young generation. A run allocates many
 *   short-lived objects (events, clip views, closures); with V8's default 16 MB nursery many
 *   of them survive long enough to be promoted and then cost old-generation marking.
 * - `--single-threaded-gc`: no background GC threads. A sweep keeps every core busy with a
 *   worker; background marking and parallel scavenging then compete with the workers for
 *   the same cores, and each worker's pauses wait on helpers that are not running.
 *
 * Measured on the 2-vCPU development machine, alternating runs (docs/benchmarks.md):
 * `default_year` ~4% faster and sweeps 1.2-1.4x the runs per minute on 2 workers, for
 * ~150 MB more peak memory per simulating thread.
 */
export const CLI_NODE_FLAGS: readonly string[] = ["--max-semi-space-size=64", "--single-threaded-gc"];
