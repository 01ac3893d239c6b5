/** What the browser checks share: the shape of a check, an assertion and a wait that fail with a reason. */
import type { Page } from "playwright-core";

export interface Check {
  name: string;
  run(page: Page): Promise<void>;
}

export function assert(cond: unknown, message: string): asserts cond {
  if (!cond) throw new Error(message);
}

/** Waits until `fn` (run in the page) returns a truthy value. */
export async function until<T>(page: Page, fn: () => T, timeout: number, what: string): Promise<void> {
  try {
    await page.waitForFunction(fn, undefined, { timeout, polling: 100 });
  } catch {
    throw new Error(`timed out after ${timeout / 1000} s waiting for ${what}`);
  }
}
