/** Scenario section `neighbourhood:` — parameters of this mechanism. Grows with the model. */
import { section } from "../param.ts";

export const neighbourhoodSection = section("neighbourhood", {});
