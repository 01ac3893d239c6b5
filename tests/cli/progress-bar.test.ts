/**
 * The progress bar's ETA: by count when units are alike, by work when they differ (a sweep
 * whose biggest runs go first), leaving out what a resumed session found done.
 */
import { describe, expect, it } from "vitest";
import { createProgressBar } from "../../cli/progress-bar.ts";

/** A non-terminal stream that keeps its lines, and a clock the test moves. */
function harness() {
  const lines: string[] = [];
  const stream = {
    isTTY: false,
    write: (s: string) => {
      lines.push(s.trimEnd());
      return true;
    },
  } as unknown as NodeJS.WriteStream;
  let t = 0;
  return { lines, stream, now: () => t, advance: (seconds: number) => (t += seconds * 1000) };
}

describe("progress bar", () => {
  it("estimates the time left from the units done when they are alike", () => {
    const h = harness();
    const bar = createProgressBar({ total: 10, unit: "runs", stream: h.stream, now: h.now, plainEverySeconds: 0 });
    h.advance(20);
    bar.update(2);
    expect(h.lines.at(-1)).toBe(" 20%  2/10 runs  elapsed 20s  ETA 1m20s");
  });

  it("estimates it from the work done when runs differ in size, biggest first", () => {
    const h = harness();
    // Two big runs (40 each) then eight small ones (5 each): 120 in all.
    const bar = createProgressBar({ total: 10, unit: "runs", totalWork: 120, stream: h.stream, now: h.now, plainEverySeconds: 0 });
    h.advance(20);
    bar.update(2, 80);
    // By count it would say 80 s; 40 units of work left at 4 a second is 10 s.
    expect(h.lines.at(-1)).toBe(" 20%  2/10 runs  elapsed 20s  ETA 10s");
  });

  it("leaves the work of a resumed sweep's earlier session out of the rate", () => {
    const h = harness();
    const bar = createProgressBar({
      total: 10,
      unit: "runs",
      startAt: 5,
      totalWork: 100,
      startWork: 50,
      stream: h.stream,
      now: h.now,
      plainEverySeconds: 0,
    });
    h.advance(10);
    bar.update(6, 60);
    expect(h.lines.at(-1)).toBe(" 60%  6/10 runs  elapsed 10s  ETA 40s");
    bar.update(10, 100);
    expect(h.lines.at(-1)).toMatch(/ETA 0s$/);
  });
});
