/**
 * The parts of a scenario the surveillance mechanisms read: their own sections and the
 * resolved partnership policy. Typed from the section schemas, so a parameter renamed in
 * a section is a type error here.
 */
import type { z } from "zod";
import type { Policy } from "../../scenario/policy-bundles.ts";
import type { alertsSection } from "../../scenario/sections/alerts.ts";
import type { deliveriesSection } from "../../scenario/sections/deliveries.ts";
import type { faceRecognitionSection } from "../../scenario/sections/face-recognition.ts";
import type { perceptionSection } from "../../scenario/sections/perception.ts";
import type { platformSection } from "../../scenario/sections/platform.ts";
import type { policeSection } from "../../scenario/sections/police.ts";
import type { residentsSection } from "../../scenario/sections/residents.ts";
import type { stingSection } from "../../scenario/sections/sting.ts";
import type { thievesSection } from "../../scenario/sections/thieves.ts";

export type DeliveriesParams = z.output<typeof deliveriesSection>;
export type ThievesParams = z.output<typeof thievesSection>;
export type ResidentsParams = z.output<typeof residentsSection>;
export type PlatformParams = z.output<typeof platformSection>;
export type PoliceParams = z.output<typeof policeSection>;
export type StingParams = z.output<typeof stingSection>;
export type AlertsParams = z.output<typeof alertsSection>;
export type FaceRecognitionSectionParams = z.output<typeof faceRecognitionSection>;
export type PerceptionSectionParams = z.output<typeof perceptionSection>;

/** Every parameter the mechanisms of `sim/domain/model` read (a scenario is one: parts read it live). */
export interface ModelParams {
  policy: Policy;
  deliveries: DeliveriesParams;
  thieves: ThievesParams;
  residents: ResidentsParams;
  platform: PlatformParams;
  police: PoliceParams;
  sting: StingParams;
  alerts: AlertsParams;
  faceRecognition: FaceRecognitionSectionParams;
  perception: PerceptionSectionParams;
}
