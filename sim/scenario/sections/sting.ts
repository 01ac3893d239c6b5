/** Scenario section `sting:` — parameters of this mechanism. Grows with the model. */
import { section } from "../param.ts";

export const stingSection = section("sting", {});
