/** Scenario section `platform:` — parameters of this mechanism. Grows with the model. */
import { section } from "../param.ts";

export const platformSection = section("platform", {});
