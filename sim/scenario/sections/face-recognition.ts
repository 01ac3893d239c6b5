/** Scenario section `faceRecognition:` — parameters of this mechanism. Grows with the model. */
import { section } from "../param.ts";

export const faceRecognitionSection = section("faceRecognition", {});
