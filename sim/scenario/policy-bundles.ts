/**
 * The built-in partnership policies: each a named, complete set of the switches that
 * decide what police and the company may do with doorbell footage. A scenario names one
 * (`policy: { name: portal-partnership }`) and may override single switches; the loader
 * resolves the result so the model always sees every switch.
 */

/** The switches of a partnership policy, fully resolved (see `POLICY_SWITCHES` for meanings). */
export interface PolicySwitches {
  portal: boolean;
  directRequests: boolean;
  warrantRequired: boolean;
  emergencyRequests: boolean;
  retentionDays: number;
  faceRecognition: boolean;
  alertAds: boolean;
  alertVetting: boolean;
  cameraGiveaway: boolean;
  dataSharing: boolean;
  liveStream911: boolean;
}

/** A resolved policy: the bundle's name plus every switch. */
export interface Policy extends PolicySwitches {
  name: string;
}

/** What each switch means and where the mechanism comes from (used by the schema and the docs). */
export const POLICY_SWITCHES: Record<keyof PolicySwitches, { description: string; source: string; unit?: string }> = {
  portal: {
    description:
      "The police department has a partnership portal: it posts alerts in the app and sends area-wide footage requests to every camera owner in an area and time window.",
    source:
      "DOMAIN.md: partnerships (2,014 by end-2020, Financial Times 2021); requests (22 requests reached 319 owners, ~3.5% shared, Gizmodo FOIA)",
  },
  directRequests: {
    description: "Police may also ask the company directly for an owner's footage, bypassing the owner.",
    source: "DOMAIN.md: legal demands (~1,900 in 2020, 3,147 in 2021, Ring transparency reports)",
  },
  warrantRequired: {
    description:
      "The company hands footage to a direct request only with a warrant (otherwise a subpoena or request suffices).",
    source: "DOMAIN.md: legal demands (>85% warrants, content handed over in ~40%, Ring transparency reports)",
  },
  emergencyRequests: {
    description: "The company discloses footage to police in an 'emergency' without the owner's consent.",
    source: "DOMAIN.md: emergency (11 disclosures without consent, Jan-Jun 2022, Ring letter to Sen. Markey)",
  },
  retentionDays: {
    description: "Days the company keeps uploaded clips in its cloud (0 = owners have no storage plan).",
    unit: "days",
    source: "DOMAIN.md: retention (60 days default US, 30 max EU/UK, selectable 1-180 from 2022, Ring support pages)",
  },
  faceRecognition: {
    description: "Police may run faces from obtained footage against a mugshot gallery.",
    source: "DOMAIN.md: face recognition (NIST FRVT Part 3, NISTIR 8280; ACLU 2018)",
  },
  alertAds: {
    description: "The company turns user clips of 'suspects' into paid community-alert ads shown to people nearby.",
    source: "DOMAIN.md: alert ads (13,274 views, 108 shares, CNET; BuzzFeed News 2019)",
  },
  alertVetting: {
    description: "Community-alert ads are vetted by police before they run (the reported ads were not).",
    source: "assumption (counterfactual; DOMAIN.md: alert ads were not vetted by police)",
  },
  cameraGiveaway: {
    description:
      "The company seeds the department with free cameras and adds one per N app sign-ups through the department's code.",
    source: "DOMAIN.md: giveaways (Chandler AZ: 25 seeded, 1 per 20 sign-ups; Lakeland FL: 15 free cameras)",
  },
  dataSharing: {
    description: "Police may keep obtained footage indefinitely and share it with other agencies.",
    source: "DOMAIN.md: the systems being modelled (obtained footage can be stored and shared)",
  },
  liveStream911: {
    description: "Cameras near a 911 call wake up and live-stream to police.",
    source: "DOMAIN.md: 911 live-stream (a tested feature)",
  },
};

/** Switch names in documentation order. */
export const POLICY_SWITCH_NAMES = Object.keys(POLICY_SWITCHES) as (keyof PolicySwitches)[];

/** The closed, no-partnership starting point every bundle departs from. */
const NO_PARTNERSHIP: PolicySwitches = {
  portal: false,
  directRequests: false,
  warrantRequired: true,
  emergencyRequests: false,
  retentionDays: 60,
  faceRecognition: false,
  alertAds: false,
  alertVetting: true,
  cameraGiveaway: false,
  dataSharing: false,
  liveStream911: false,
};

/** A built-in bundle: its switches and a one-line summary for docs and dashboards. */
export interface PolicyBundle {
  summary: string;
  switches: PolicySwitches;
}

/**
 * The built-in bundles. Each is complete (every switch set), so naming one fully
 * determines the policy; overrides in a scenario change single switches on top.
 */
export const POLICY_BUNDLES = {
  none: {
    summary: "Cameras and the app, but no police partnership: police get no footage through the platform.",
    switches: { ...NO_PARTNERSHIP },
  },
  "portal-partnership": {
    summary: "The department has the portal: alerts and area-wide footage requests to owners, who may share or decline.",
    switches: { ...NO_PARTNERSHIP, portal: true },
  },
  "direct-requests": {
    summary: "Portal, and police may also go to the company directly (no warrant needed) or claim an emergency.",
    switches: { ...NO_PARTNERSHIP, portal: true, directRequests: true, warrantRequired: false, emergencyRequests: true },
  },
  "warrant-required": {
    summary: "Portal, and direct requests to the company are honoured only with a warrant; no emergency disclosures.",
    switches: { ...NO_PARTNERSHIP, portal: true, directRequests: true, warrantRequired: true, emergencyRequests: false },
  },
  "face-recognition": {
    summary: "Direct-requests partnership in which police also run face recognition on obtained footage.",
    switches: {
      ...NO_PARTNERSHIP,
      portal: true,
      directRequests: true,
      warrantRequired: false,
      emergencyRequests: true,
      faceRecognition: true,
    },
  },
  "camera-giveaway": {
    summary: "Portal partnership plus free cameras for the department to give away (seeded, then one per N sign-ups).",
    switches: { ...NO_PARTNERSHIP, portal: true, cameraGiveaway: true },
  },
  "community-alert-ads": {
    summary: "No partnership, but the company runs unvetted community-alert ads built from user clips.",
    switches: { ...NO_PARTNERSHIP, alertAds: true, alertVetting: false },
  },
  "full-partnership": {
    summary: "Everything on: portal, direct and emergency requests without warrant, face recognition, unvetted ads, giveaways, data sharing, 911 live-stream.",
    switches: {
      portal: true,
      directRequests: true,
      warrantRequired: false,
      emergencyRequests: true,
      retentionDays: 60,
      faceRecognition: true,
      alertAds: true,
      alertVetting: false,
      cameraGiveaway: true,
      dataSharing: true,
      liveStream911: true,
    },
  },
  "privacy-first": {
    summary: "No portal, direct requests only with a warrant, EU-style 30-day retention, no ads or face recognition.",
    switches: { ...NO_PARTNERSHIP, directRequests: true, warrantRequired: true, retentionDays: 30 },
  },
} as const satisfies Record<string, PolicyBundle>;

/** Name of a built-in bundle. */
export type PolicyName = keyof typeof POLICY_BUNDLES;

/** Every bundle name, `none` first. */
export const POLICY_NAMES = Object.keys(POLICY_BUNDLES) as [PolicyName, ...PolicyName[]];

/**
 * The fully resolved policy: the bundle's switches with `overrides` on top.
 *
 * @example
 * resolvePolicy("portal-partnership", { retentionDays: 30 }).portal // true
 */
export function resolvePolicy(name: PolicyName, overrides: Partial<PolicySwitches> = {}): Policy {
  const out: Policy = { name, ...POLICY_BUNDLES[name].switches };
  for (const key of POLICY_SWITCH_NAMES) {
    const v = overrides[key];
    if (v !== undefined) (out as unknown as Record<string, unknown>)[key] = v;
  }
  return out;
}
