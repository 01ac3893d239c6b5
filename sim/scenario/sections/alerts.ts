/** Scenario section `alerts:` — parameters of this mechanism. Grows with the model. */
import { section } from "../param.ts";

export const alertsSection = section("alerts", {});
