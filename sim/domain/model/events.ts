/**
 * The domain events of the surveillance model: a discriminated union with a past-tense
 * `type`. Every mechanism reports what happened by emitting one of these on the model's
 * event bus; metrics, the map's event layer and tests all read the same stream, so the
 * event log is the ground truth the daily metrics are computed from.
 *
 * Ids: `house` is a household index, `person` an id of the world's people registry,
 * `group` an index into the neighbourhood's demographic groups, `clip` a clip id of the
 * camera system. Times are simulated seconds.
 */
import { createEventBus as createCoreEventBus, type EventBus as CoreEventBus } from "../../core/index.ts";

/** Channels through which police obtain footage. */
export type FootageChannel = "victim" | "portal" | "direct" | "warrant" | "emergency" | "live-stream" | "vendor";

/** Why a thief walked away from a package it had picked. */
export type DeterrenceReason = "camera" | "guardian" | "arrests" | "publicity";

/** Kinds of app post. */
export type PostKind = "crime" | "suspicious";

/** Every event of the model. */
export type DomainEvent =
  | { type: "package-delivered"; time: number; house: number; pkg: number; bait: boolean }
  | { type: "package-collected"; time: number; house: number; pkg: number }
  /** `deliveredAt`: when the package was put on the porch. */
  | { type: "package-stolen"; time: number; house: number; pkg: number; thief: number; person: number; bait: boolean; deliveredAt: number }
  | { type: "theft-deterred"; time: number; house: number; thief: number; reason: DeterrenceReason }
  | { type: "theft-confronted"; time: number; house: number; thief: number }
  /** A prowl's last decision: porches looked at (with a parcel at the start), attempts (went up to a porch). */
  | { type: "prowl-ended"; time: number; thief: number; porches: number; attempts: number }
  | { type: "theft-recorded"; time: number; house: number; pkg: number; clip: number }
  | { type: "theft-reported"; time: number; house: number; pkg: number; caseId: number }
  | { type: "clip-recorded"; time: number; clip: number; house: number; persons: number[] }
  | { type: "camera-adopted"; time: number; house: number; free: boolean }
  | { type: "app-joined"; time: number; house: number; viaDepartment: boolean }
  | { type: "post-published"; time: number; house: number; kind: PostKind; subject: number; subjectGroup: number; innocent: boolean; reach: number }
  | { type: "police-post-published"; time: number; house: number; reach: number; by: "call-log" | "department" }
  /** caseId -1: a request that belongs to no theft case (about a protest, model/protest.ts). */
  | { type: "footage-requested"; time: number; caseId: number; channel: FootageChannel; owners: number }
  | { type: "owner-answered"; time: number; caseId: number; house: number; answer: "shared" | "declined" | "ignored" }
  | { type: "clip-obtained"; time: number; caseId: number; clip: number; channel: FootageChannel; warrant: boolean; consent: boolean }
  | { type: "clip-shared-other-agency"; time: number; clip: number; subjects: readonly { personId: number; bestFaceQuality: number }[] }
  | { type: "face-searched"; time: number; caseId: number; group: number; outcome: "true-match" | "false-match" | "no-match" | "missed" }
  | { type: "arrest-made"; time: number; caseId: number; person: number; group: number; wrongful: boolean; sting: boolean; house: number }
  | { type: "case-cleared"; time: number; caseId: number; rightly: boolean }
  | { type: "alert-ad-shown"; time: number; house: number; subject: number; subjectGroup: number; innocent: boolean; reach: number; shares: number }
  | { type: "alert-ad-rejected"; time: number; house: number; innocent: boolean }
  | { type: "bait-placed"; time: number; house: number; pkg: number; tracker: boolean }
  | { type: "bait-taken"; time: number; house: number; pkg: number; thief: number; tracked: boolean }
  | { type: "live-stream-started"; time: number; house: number; cameras: number }
  | { type: "officer-hours-spent"; time: number; hours: number; task: OfficerTask };

/** What officer time was spent on. */
export type OfficerTask = "response" | "case" | "request" | "warrant" | "review" | "lead" | "vetting" | "sting";

/** The `type` names of every event. */
export type DomainEventType = DomainEvent["type"];

/** The event of a given type. */
export type EventOf<T extends DomainEventType> = Extract<DomainEvent, { type: T }>;

/** The model's event bus: the core's typed bus over {@link DomainEvent}. */
export type EventBus = CoreEventBus<DomainEvent>;

/**
 * A new, empty event bus (handlers run in subscription order).
 *
 * @example
 * const bus = createEventBus();
 * const off = bus.on("package-stolen", (e) => console.log(e.house));
 * off();
 */
export function createEventBus(): EventBus {
  return createCoreEventBus<DomainEvent>();
}
