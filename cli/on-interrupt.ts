/**
 * SIGINT/SIGTERM during a long command: run a clean-up (stop the worker pool) instead of
 * dying mid-write; a second signal exits at once. Returns a function that removes the
 * handlers.
 */

/**
 * @example
 * ```ts
 * const off = onInterrupt(() => { interrupted = true; void pool.close(); });
 * try { ... } finally { off(); }
 * ```
 */
export function onInterrupt(handler: (signal: NodeJS.Signals) => void): () => void {
  let seen = false;
  const listener = (signal: NodeJS.Signals) => {
    if (seen) process.exit(130);
    seen = true;
    handler(signal);
  };
  process.on("SIGINT", listener);
  process.on("SIGTERM", listener);
  return () => {
    process.off("SIGINT", listener);
    process.off("SIGTERM", listener);
  };
}
