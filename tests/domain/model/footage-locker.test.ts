import { describe, expect, it } from "vitest";
import { footageLockerPart } from "../../../sim/domain/model/footage-locker.ts";
import { createSurveillanceModel } from "../../../sim/domain/model/model.ts";
import type { ClipView } from "../../../sim/domain/model/ports.ts";
import { createFakeWorld } from "./fake-world.ts";
import { testParams } from "./harness.ts";

/** The footage locker alone, registered on its own, with three people filmed at house 0. */
function setup(dataSharing: boolean) {
  const params = testParams("full-partnership", { dataSharing }, { platform: { otherAgencyShareProbability: 1 } });
  const { model, world } = createSurveillanceModel({
    params,
    seed: 9,
    days: 1,
    parts: [footageLockerPart],
    world: (scheduler, rng) => createFakeWorld({ side: 4 }, scheduler, rng),
  });
  const ctx = model.env;
  const metrics = model.collector.metrics;
  const thief = world.addPerson("thief", 1, -1);
  const walkerA = world.addPerson("resident", 0, 2);
  const walkerB = world.addPerson("visitor", 2, -1);
  ctx.offenders.add(thief);
  world.installCamera(0, 0);
  world.visitPorch(thief, 0, 100, 20, 0);
  world.visitPorch(walkerA, 0, 500, 5, 0);
  world.visitPorch(walkerB, 0, 900, 5, 0);
  model.scheduler.runUntil(2000);
  const clips: ClipView[] = world.clipsOfHouse(0, 0, 2000);
  return { ctx, world, metrics, clips, locker: model.use(footageLockerPart) };
}

describe("footage locker", () => {
  it("counts each clip once, by warrant and consent, and each innocent person once, by group", () => {
    const { metrics, clips, locker, world } = setup(false);
    expect(clips).toHaveLength(3);
    expect(locker.receive(clips, 1, "portal", false, true)).toHaveLength(3);
    expect(locker.receive(clips, 2, "warrant", true, false)).toHaveLength(0);
    expect(metrics.get("clips_obtained")).toBe(3);
    expect(metrics.get("clips_obtained_without_warrant")).toBe(3);
    expect(metrics.get("clips_obtained_without_consent")).toBe(0);
    expect(metrics.get("innocents_in_shared_footage")).toBe(2);
    expect(metrics.get("innocents_in_shared_footage__a")).toBe(1);
    expect(metrics.get("innocents_in_shared_footage__c")).toBe(1);
    expect(metrics.get("clips_shared_other_agencies")).toBe(0);
    for (const c of clips) expect(world.allClips[c.id].state).toBe("shared");
  });

  it("passes clips to other agencies only when the policy allows data sharing", () => {
    const { metrics, clips, locker } = setup(true);
    locker.receive(clips, 1, "emergency", false, false);
    expect(metrics.get("clips_shared_other_agencies")).toBe(3);
    expect(metrics.get("clips_obtained_without_consent")).toBe(3);
  });

  it("counts a victim's volunteered clips and the innocent people in them apart from obtained footage", () => {
    const { metrics, clips, locker } = setup(false);
    locker.receive(clips.slice(0, 2), 1, "victim", false, true);
    expect(metrics.get("clips_obtained")).toBe(0);
    expect(metrics.get("innocents_in_shared_footage")).toBe(0);
    expect(metrics.get("clips_volunteered_by_victims")).toBe(2);
    expect(metrics.get("innocents_in_volunteered_footage")).toBe(1);
    // Obtained footage counts only the clips obtained through a channel, and the people in those.
    locker.receive(clips, 2, "portal", false, true);
    expect(metrics.get("clips_obtained")).toBe(1);
    expect(metrics.get("innocents_in_shared_footage")).toBe(1);
  });
});
