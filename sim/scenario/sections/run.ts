/** Scenario section `run:` — parameters of this mechanism. Grows with the model. */
import { section } from "../param.ts";

export const runSection = section("run", {});
