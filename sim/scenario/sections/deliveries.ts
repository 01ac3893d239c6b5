/** Scenario section `deliveries:` — parameters of this mechanism. Grows with the model. */
import { section } from "../param.ts";

export const deliveriesSection = section("deliveries", {});
