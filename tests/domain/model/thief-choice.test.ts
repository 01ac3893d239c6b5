import { describe, expect, it } from "vitest";
import { chooseOdds, type ChoiceSituation } from "../../../sim/domain/model/thief-choice.ts";
import { thievesSection } from "../../../sim/scenario/sections/thieves.ts";

const base: ChoiceSituation = {
  value: 50,
  guardianHome: false,
  cameraNoticed: false,
  cameraRisk: 0.5,
  arrestsNearby: 0,
  stingPublicised: false,
  publicityDeterrence: 0.1,
};

describe("routine-activity choice", () => {
  const p = thievesSection.parse({});

  it("takes more valuable parcels more often", () => {
    expect(chooseOdds(p, { ...base, value: 200 }).take).toBeGreaterThan(chooseOdds(p, { ...base, value: 10 }).take);
  });

  it("a noticed camera deters only as much as cameraDeterrence says, and not at all when it is zero", () => {
    const o = chooseOdds(p, { ...base, cameraNoticed: true });
    expect(o.take).toBeCloseTo(o.takeWithoutDeterrents * (1 - p.cameraDeterrence), 12);
    expect(o.strongest).toBe("camera");
    const none = chooseOdds({ ...p, cameraDeterrence: 0 }, { ...base, cameraNoticed: true });
    expect(none.take).toBe(none.takeWithoutDeterrents);
  });

  it("learning scales camera risk: a thief who learned cameras are harmless ignores them", () => {
    const learned = chooseOdds({ ...p, cameraDeterrence: 0.4 }, { ...base, cameraNoticed: true, cameraRisk: 0 });
    expect(learned.take).toBe(learned.takeWithoutDeterrents);
    const scared = chooseOdds({ ...p, cameraDeterrence: 0.4 }, { ...base, cameraNoticed: true, cameraRisk: 1 });
    expect(scared.take).toBeCloseTo(scared.takeWithoutDeterrents * 0.2, 12);
  });

  it("recent arrests nearby compound, and a guardian at home deters", () => {
    const two = chooseOdds(p, { ...base, arrestsNearby: 2 });
    expect(two.take).toBeCloseTo(two.takeWithoutDeterrents * (1 - p.arrestDeterrence) ** 2, 12);
    const home = chooseOdds(p, { ...base, guardianHome: true });
    expect(home.take).toBeCloseTo(home.takeWithoutDeterrents * (1 - p.guardianDeterrence), 12);
    expect(home.strongest).toBe("guardian");
  });
});
