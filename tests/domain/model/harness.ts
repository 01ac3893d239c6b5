/**
 * Runs the assembled surveillance model on the fake world for tests: default parameters
 * from the section schemas with overrides, a named policy with switch overrides, daily
 * metric rows and the full event log.
 */
import { DAY } from "../../../sim/domain/model/context.ts";
import type { DomainPart } from "../../../sim/domain/model/domain-part.ts";
import type { DomainEvent } from "../../../sim/domain/model/events.ts";
import { createSurveillanceModel, type SurveillanceModel } from "../../../sim/domain/model/model.ts";
import type { ModelParams } from "../../../sim/domain/model/params.ts";
import { PARTS } from "../../../sim/domain/parts.ts";
import type { DailyRow } from "../../../sim/domain/simulation-api.ts";
import { resolvePolicy, type PolicyName, type PolicySwitches } from "../../../sim/scenario/policy-bundles.ts";
import { createFakeWorld, type FakeWorld, type FakeWorldOptions } from "./fake-world.ts";

type Overrides = { [K in Exclude<keyof ModelParams, "policy">]?: Record<string, unknown> };

export interface HarnessOptions {
  days: number;
  /** Of which days of warm-up (default 0). */
  warmupDays?: number;
  seed?: number;
  policy?: PolicyName;
  switches?: Partial<PolicySwitches>;
  params?: Overrides;
  world?: Partial<FakeWorldOptions>;
  /** The registry (default: the shipped parts). */
  parts?: readonly DomainPart[];
  /** Called before each day with the live parameters (e.g. to switch a policy on a date). */
  beforeDay?: (day: number, params: ModelParams) => void;
  /** Changes the fake world before the model uses it (e.g. to hide every camera). */
  wrapWorld?: (world: FakeWorld) => FakeWorld;
  /** Called once the model exists, before the first day (e.g. to subscribe to its bus). */
  setup?: (model: SurveillanceModel) => void;
}

export interface HarnessRun {
  rows: DailyRow[];
  events: DomainEvent[];
  model: SurveillanceModel;
  world: FakeWorld;
  params: ModelParams;
}

/** Default parameters of every part's section, with overrides; the policy resolved from a bundle and switches. */
export function testParams(policy: PolicyName = "none", switches: Partial<PolicySwitches> = {}, o: Overrides = {}): ModelParams {
  const params: Record<string, unknown> = {};
  for (const p of PARTS) if (p.section) params[p.section.key] = p.section.schema.parse(o[p.section.key as keyof Overrides] ?? {});
  params.policy = resolvePolicy(policy, switches);
  return params as ModelParams;
}

/** Runs the model for `days` days (the world catches up at each midnight before the parts' hooks). */
export function runHarness(o: HarnessOptions): HarnessRun {
  const params = testParams(o.policy, o.switches, o.params);
  const { model, world } = createSurveillanceModel({
    params,
    seed: o.seed ?? 1,
    days: o.days,
    warmupDays: o.warmupDays,
    parts: o.parts,
    world: (scheduler, rng) => {
      const w = createFakeWorld({ retentionDays: params.policy.retentionDays, ...o.world }, scheduler, rng);
      return o.wrapWorld ? o.wrapWorld(w) : w;
    },
    beforeDayStart: (day, w) => w.advanceTo(day * DAY),
  });
  o.setup?.(model);
  const events: DomainEvent[] = [];
  model.bus.onAny((e) => events.push(e));
  const rows: DailyRow[] = [];
  while (!model.isDone()) {
    o.beforeDay?.(model.day, params);
    rows.push(model.stepDay());
  }
  return { rows, events, model, world, params };
}

/** Sum of a column over rows. */
export function total(rows: DailyRow[], name: string): number {
  return rows.reduce((a, r) => a + (r[name] ?? 0), 0);
}
