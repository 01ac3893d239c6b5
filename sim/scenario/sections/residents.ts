/** Scenario section `residents:` — parameters of this mechanism. Grows with the model. */
import { section } from "../param.ts";

export const residentsSection = section("residents", {});
