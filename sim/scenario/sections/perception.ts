/** Scenario section `perception:` — parameters of this mechanism. Grows with the model. */
import { section } from "../param.ts";

export const perceptionSection = section("perception", {});
