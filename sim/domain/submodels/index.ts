/**
 * Submodels of the surveillance model that the mechanisms in `sim/domain/model/` call:
 * metrics, face recognition, perception, post and ad reach, suspicious posts. This file
 * only re-exports; each module's header documents its API.
 */
export * from "./metrics.ts";
export * from "./face-recognition.ts";
export * from "./perception.ts";
export * from "./alert-reach.ts";
export * from "./suspicious-posts.ts";
