/**
 * Scenario section `policy:` — a named partnership bundle plus optional overrides of
 * single switches. Parsing resolves it: the output always holds the bundle name and every
 * switch (see `policy-bundles.ts` for the bundles and what each switch means).
 */
import { z } from "zod";
import { POLICY_NAMES, POLICY_SWITCHES, resolvePolicy, type Policy } from "../policy-bundles.ts";

/** An optional override of one boolean switch; absent means "as in the bundle". */
function switchOverride(key: Exclude<keyof typeof POLICY_SWITCHES, "retentionDays">) {
  const m = POLICY_SWITCHES[key];
  return z.boolean().optional().meta({ description: m.description, source: m.source });
}

/** The input shape of `policy:` (bundle name and overrides, before resolution). */
export const policyInput = z.strictObject({
  name: z.enum(POLICY_NAMES).default("none").meta({
    description:
      "Built-in partnership bundle the switches start from (each bundle sets every switch; see the bundle table in scenarios/PARAMETERS.md).",
    source: "ft-2021-ring-police, markey-2022-ring-letter (police partnerships; see each switch's source)",
  }),
  portal: switchOverride("portal"),
  directRequests: switchOverride("directRequests"),
  warrantRequired: switchOverride("warrantRequired"),
  emergencyRequests: switchOverride("emergencyRequests"),
  retentionDays: z.number().int().min(0).max(180).optional().meta({
    description: POLICY_SWITCHES.retentionDays.description,
    unit: "days",
    source: POLICY_SWITCHES.retentionDays.source,
  }),
  faceRecognition: switchOverride("faceRecognition"),
  alertAds: switchOverride("alertAds"),
  alertVetting: switchOverride("alertVetting"),
  cameraGiveaway: switchOverride("cameraGiveaway"),
  dataSharing: switchOverride("dataSharing"),
  liveStream911: switchOverride("liveStream911"),
  callLogAlerts: switchOverride("callLogAlerts"),
  policePromotion: switchOverride("policePromotion"),
  vendorRequests: switchOverride("vendorRequests"),
});

/** `policy:` — resolves to a complete `Policy`; a missing section is the `none` bundle. */
export const policySection = policyInput
  .transform((p): Policy => resolvePolicy(p.name, p))
  .prefault({})
  .meta({
    description: "Partnership policy: name a built-in bundle and override single switches, e.g. { name: portal-partnership, retentionDays: 30 }.",
  });
