/**
 * The face-recognition part: the mugshot gallery search with per-group error rates
 * (`faceRecognition:`), used by police when the policy allows it. Its metrics are recorded
 * by the police as searches are made.
 */
import { faceRecognitionSection } from "../../scenario/sections/face-recognition.ts";
import { createFaceRecognition } from "../submodels/face-recognition.ts";
import { count, domainPart } from "./domain-part.ts";

/** The face-recognition part. */
export const faceRecognitionPart = domainPart({
  name: "face-recognition",
  summary: "Searches of captured faces against a mugshot gallery, with per-group false-match and miss rates.",
  section: { key: "faceRecognition", schema: faceRecognitionSection },
  metrics: [
    count(
      "fr_searches",
      "searches",
      "Face-recognition searches",
      "Face-recognition searches of a usable face against the mugshot gallery in theft investigations; by the group of the searched face. Searches of marchers' faces are counted in protesters_identified and protesters_misidentified.",
      true,
    ),
    count(
      "fr_true_matches",
      "correct matches",
      "Correct face matches",
      "Searches that returned the right person (one correct match each); by the group of the searched face.",
      true,
    ),
    count(
      "fr_false_matches",
      "false matches",
      "False face matches (wrong person)",
      "Searches that returned a wrong person above the match threshold (one false match each); by the group of the searched face.",
      true,
    ),
    count(
      "fr_misses",
      "searches",
      "Face searches that missed the real person",
      "Added. Searches of a person who is in the gallery that returned nobody (false non-matches).",
    ),
  ],
  events: [],
  create: (ctx) => createFaceRecognition(ctx.section, ctx.env.world.groups, ctx.rng),
});
