/**
 * Breaches and staff access: compromised accounts and staff viewing expose clips and the
 * innocent people in them; nothing is exposed with no breaches and no staff access.
 */
import { describe, expect, it } from "vitest";
import { runHarness, total } from "./harness.ts";

const run = (platform: Record<string, unknown>) =>
  runHarness({ days: 40, seed: 5, policy: "none", params: { platform }, world: { passersPerDay: 60 } });

describe("breaches and staff access", () => {
  it("expose nothing with no breaches and no staff access", () => {
    const r = run({ breachAccountsPerYear: 0, staffAccess: false });
    for (const m of ["accounts_breached", "clips_exposed", "innocents_exposed"]) expect(total(r.rows, m)).toBe(0);
  });

  it("breached accounts expose their stored and new clips and the innocent people in them", () => {
    const r = run({ breachAccountsPerYear: 1, staffAccess: false });
    const breached = total(r.rows, "accounts_breached");
    expect(breached).toBeGreaterThan(0);
    // An account is breached at most once: never more than the cameras in town.
    expect(breached).toBeLessThanOrEqual(r.world.households);
    expect(total(r.rows, "clips_exposed")).toBeGreaterThan(0);
    expect(total(r.rows, "innocents_exposed")).toBeGreaterThan(0);
    expect(["a", "b", "c"].reduce((a, g) => a + total(r.rows, `innocents_exposed__${g}`), 0)).toBe(total(r.rows, "innocents_exposed"));
  });

  it("staff access exposes about staffViewShare of the doorbell clips", () => {
    const r = run({ breachAccountsPerYear: 0, staffAccess: true, staffViewShare: 0.2 });
    const recorded = r.events.filter((e) => e.type === "clip-recorded").length;
    const exposed = total(r.rows, "clips_exposed");
    expect(total(r.rows, "accounts_breached")).toBe(0);
    // Binomial: sd = sqrt(n x 0.2 x 0.8); 5 sd cannot fail by luck.
    expect(Math.abs(exposed - 0.2 * recorded)).toBeLessThan(5 * Math.sqrt(recorded * 0.16));
    expect(total(r.rows, "innocents_exposed")).toBeGreaterThan(0);
  });
});
