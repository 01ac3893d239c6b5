/**
 * A macrotask boundary without timer clamping, so a long run lets pause/cancel messages
 * in between simulated days. `setTimeout(0)` is clamped to 4 ms after a few nested calls
 * in browsers (and 1 ms in Node); a MessageChannel round trip is not.
 */

let channel: MessageChannel | undefined;
const waiting: (() => void)[] = [];

/**
 * Resolves after the event loop has had a chance to deliver pending messages.
 *
 * @example
 * ```ts
 * for (;;) { sim.stepDay(); await yieldToEventLoop(); if (cancelled) break; }
 * ```
 */
export function yieldToEventLoop(): Promise<void> {
  if (typeof setImmediate === "function") return new Promise((r) => setImmediate(r));
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
  }
  return new Promise((r) => {
    waiting.push(r);
    channel!.port2.postMessage(0);
  });
}

/** Resolves after `ms` milliseconds (used to pace runs that are being watched). */
export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
