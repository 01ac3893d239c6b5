/**
 * Submodels of the surveillance model that the mechanisms in `sim/domain/model/` call:
 * face recognition, perception, post and ad reach, suspicious posts, and the summary
 * and daily.csv of a run's metrics (the catalogue itself is `sim/domain/metrics.ts`). This file
 * only re-exports; each module's header documents its API.
 */
export * from "./summarise.ts";
export * from "./daily-csv.ts";
export * from "./face-recognition.ts";
export * from "./perception.ts";
export * from "./crime-trend.ts";
export * from "./alert-reach.ts";
export * from "./suspicious-posts.ts";
export * from "./seasonality.ts";
