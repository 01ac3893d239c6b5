/**
 * The V8 flags the `doorstep` command runs under (the launcher's shebang line and the
 * `npm run doorstep` script carry the same text; a test checks they agree). V8 flags are
 * per process and only take effect at start, so they cannot be set from inside the CLI.
 *
 * - `--max-semi-space-size=64` (MB): a larger young generation. A run allocates many
 *   short-lived objects (events, clip views, closures); with V8's default 16 MB nursery many
 *   of them survive long enough to be promoted and then cost old-generation marking.
 * - `--initial-old-space-size=128` (MB): room in the old generation before the first full
 *   collection. A sweep worker's own heap is small (~20 MB live), so V8 set its limit just
 *   above that and every run's promoted state (~30 MB, dead when the run ends) forced a
 *   mark-compact: ~20 per three 16-run passes against 6 with this flag, the worker using
 *   8-13% more CPU than the same runs in the main thread, against 0-6% with it.
 * - `--single-threaded-gc`: no background GC threads. A sweep keeps every core busy with a
 *   worker; background marking and parallel scavenging then compete with the workers for
 *   the same cores, and each worker's pauses wait on helpers that are not running.
 *
 * Measured on the 2-vCPU development machine, alternating runs (docs/benchmarks.md):
 * `default_year` ~4% faster and sweeps 1.2-1.4x the runs per minute on 2 workers, for
 * ~150 MB more peak memory per simulating thread (and up to 128 MB more old generation
 * before a full collection).
 */
export const CLI_NODE_FLAGS: readonly string[] = ["--max-semi-space-size=64", "--initial-old-space-size=128", "--single-threaded-gc"];
