/** Scenario section `cameras:` — parameters of this mechanism. Grows with the model. */
import { section } from "../param.ts";

export const camerasSection = section("cameras", {});
