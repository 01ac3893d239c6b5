/** Scenario section `thieves:` — parameters of this mechanism. Grows with the model. */
import { section } from "../param.ts";

export const thievesSection = section("thieves", {});
