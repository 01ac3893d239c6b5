/**
 * Where and when arrests happened recently: offenders weigh arrests near the porch they
 * consider ("recent arrests nearby" in their routine-activity choice).
 */

/** Recent arrests by position and time. */
export interface ArrestLog {
  record(x: number, y: number, t: number): void;
  /** Arrests within `radiusM` of (x, y) in the last `memoryS` seconds before t. */
  countNear(x: number, y: number, t: number, radiusM: number, memoryS: number): number;
}

/** An empty log. Old entries are pruned on record, so the log stays short. */
export function createArrestLog(maxMemoryS: number): ArrestLog {
  const xs: number[] = [];
  const ys: number[] = [];
  const ts: number[] = [];
  return {
    record(x, y, t) {
      while (ts.length > 0 && ts[0] < t - maxMemoryS) {
        xs.shift();
        ys.shift();
        ts.shift();
      }
      xs.push(x);
      ys.push(y);
      ts.push(t);
    },
    countNear(x, y, t, radiusM, memoryS) {
      const r2 = radiusM * radiusM;
      let n = 0;
      for (let i = ts.length - 1; i >= 0; i--) {
        if (ts[i] < t - memoryS) break;
        if (ts[i] > t) continue;
        const dx = xs[i] - x;
        const dy = ys[i] - y;
        if (dx * dx + dy * dy <= r2) n++;
      }
      return n;
    },
  };
}
