/** Scenario section `police:` — parameters of this mechanism. Grows with the model. */
import { section } from "../param.ts";

export const policeSection = section("police", {});
