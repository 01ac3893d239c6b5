import { describe, expect, it } from "vitest";
import { demoReport } from "../../sim/examples/demo-report.ts";

describe("npm run demo (demoReport)", () => {
  it("prints both tables, ending in the models' known behaviour", () => {
    const text = demoReport({ seed: 42 });
    const lines = text.split("\n");
    expect(lines.some((l) => /^step\s+gini\s+richest\s+broke$/.test(l))).toBe(true);
    expect(lines.some((l) => /^step\s+like neighbours\s+happy$/.test(l))).toBe(true);
    // Last Boltzmann row: step 100, Gini in the stationary range.
    const wealthRow = lines.find((l) => /^\s*100\s/.test(l)) as string;
    const gini = Number(wealthRow.trim().split(/\s+/)[1]);
    expect(gini).toBeGreaterThan(0.5);
    expect(gini).toBeLessThan(0.7);
    // Schelling: the share of like neighbours ends well above where it started.
    const shares = lines.filter((l) => /%\s+[\d.]+%$/.test(l)).map((l) => Number(l.trim().split(/\s+/)[1].replace("%", "")));
    expect(shares.length).toBeGreaterThan(3);
    expect(shares[shares.length - 1]).toBeGreaterThan(shares[0] + 15);
  });

  it("is the same text for the same seed, and different for another", () => {
    expect(demoReport({ seed: 7 })).toBe(demoReport({ seed: 7 }));
    expect(demoReport({ seed: 7 })).not.toBe(demoReport({ seed: 8 }));
  });
});
