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
  callLogAlerts: boolean;
  policePromotion: boolean;
  vendorRequests: boolean;
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
      "ft-2021-ring-police (2,014 partnerships by the end of 2020); gizmodo-2019-fort-lauderdale (22 requests reached 319 owners, ~3.5% shared)",
  },
  directRequests: {
    description: "Police may also ask the company directly for an owner's footage, bypassing the owner.",
    source: "ring-2021-transparency (~1,900 legal demands in 2020, 3,147 in 2021)",
  },
  warrantRequired: {
    description:
      "The company hands footage to a direct request only with a warrant (otherwise a subpoena or request suffices); owners asked through the portal may still share without one unless the portal is off.",
    source: "ring-2021-transparency (>85% of legal demands were warrants, content handed over in ~40%)",
  },
  emergencyRequests: {
    description: "The company discloses footage to police in an 'emergency' without the owner's consent.",
    source: "markey-2022-ring-letter (11 emergency disclosures without consent, Jan-Jun 2022)",
  },
  retentionDays: {
    description: "Days the company keeps uploaded clips in its cloud (0 = owners have no storage plan).",
    unit: "days",
    source: "ring-2022-retention (60 days default in the US, 30 at most in the EU and UK, selectable 1-180 from 2022)",
  },
  faceRecognition: {
    description: "Police may run faces from obtained footage against a mugshot gallery.",
    source: "nist-frvt-8280-2019, aclu-2018-congress (false matches differ strongly between groups)",
  },
  alertAds: {
    description: "The company turns user clips of 'suspects' into paid community-alert ads shown to people nearby.",
    source: "buzzfeed-2019-alert-ad (one ad drew 13,274 views and 108 shares)",
  },
  alertVetting: {
    description: "Community-alert ads are vetted by police before they run (the reported ads were not).",
    source: "assumption (a counterfactual: the reported ads were not vetted by police, buzzfeed-2019-alert-ad)",
  },
  cameraGiveaway: {
    description: "The company seeds the department with free cameras and adds one per N app sign-ups through the department's code.",
    source:
      "wapo-2020-ring-police (Chandler AZ: 25 seeded cameras, 1 more per 20 sign-ups); lakeland-ledger-nd-giveaway (Lakeland FL: 15 free cameras)",
  },
  dataSharing: {
    description: "Police may keep obtained footage indefinitely and share it with other agencies.",
    source: "assumption (partnership terms let police keep obtained footage and share it with other agencies; no published figure on how often)",
  },
  liveStream911: {
    description: "Cameras near a 911 call wake up and live-stream to police.",
    source: "assumption (911 live-streaming was a feature the company tested; no published figure on its use)",
  },
  callLogAlerts: {
    description:
      "The company reads the department's dispatch (call-log) feed and reposts reported incidents as alerts in the app feed (platform.policeCallPostShare of reported thefts).",
    source:
      "gizmodo-2019-ring-cad (the company sought access to partner departments' computer-aided dispatch feeds to curate 'crime news' posts; the feed comes with a partnership, so the bundles with the portal have it)",
  },
  policePromotion: {
    description:
      "The department promotes the cameras and the app (press events, sign-up codes): more households buy cameras (residents.promotionAdoptionBoost) and sign up to the app through the department's code (residents.departmentSignupsPerYear).",
    source:
      "motherboard-2019-ring-promotion (departments promoted the cameras and the app, with free cameras and sign-up codes); wapo-2020-ring-police (Chandler AZ: sign-ups through the department's code); on in the bundles with a giveaway, where the reported promotion came with it",
  },
  vendorRequests: {
    description:
      "Police ask for footage through a police-technology vendor: the request is posted publicly in the app feed of the area, owners who see it may share, the agency cannot see who was asked, and shared footage is stored by the vendor (platform.vendorRetentionDays).",
    source:
      "cnet-2025-community-requests (2025: requests routed through police-technology vendors, public in the feed, the agency cannot see who was asked, the vendor stores the footage); consumer-reports-2024-rfa-ended (the in-app request tool ended in January 2024)",
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
  callLogAlerts: false,
  policePromotion: false,
  vendorRequests: false,
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
    summary:
      "The department has the portal: alerts and area-wide footage requests to owners, who may share or decline; the company reposts its call log.",
    switches: { ...NO_PARTNERSHIP, portal: true, callLogAlerts: true },
  },
  "direct-requests": {
    summary: "Portal, and police may also go to the company directly (no warrant needed) or claim an emergency.",
    switches: { ...NO_PARTNERSHIP, portal: true, directRequests: true, warrantRequired: false, emergencyRequests: true, callLogAlerts: true },
  },
  "warrant-required": {
    summary:
      "No footage reaches police without a warrant: no portal requests to owners, no emergency disclosures; the company answers only warrants.",
    switches: { ...NO_PARTNERSHIP, portal: false, directRequests: true, warrantRequired: true, emergencyRequests: false },
  },
  "portal-with-warrant-for-direct": {
    summary:
      "Portal requests to owners (who may share without a warrant), and direct requests to the company honoured only with a warrant; no emergency disclosures.",
    switches: { ...NO_PARTNERSHIP, portal: true, directRequests: true, warrantRequired: true, emergencyRequests: false, callLogAlerts: true },
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
      callLogAlerts: true,
    },
  },
  "camera-giveaway": {
    summary:
      "Portal partnership plus free cameras for the department to give away (seeded, then one per N sign-ups), and the department promotes the cameras and the app.",
    switches: { ...NO_PARTNERSHIP, portal: true, cameraGiveaway: true, callLogAlerts: true, policePromotion: true },
  },
  "community-alert-ads": {
    summary: "No partnership, but the company runs unvetted community-alert ads built from user clips.",
    switches: { ...NO_PARTNERSHIP, alertAds: true, alertVetting: false },
  },
  "full-partnership": {
    summary:
      "Everything on: portal, direct and emergency requests without warrant, face recognition, unvetted ads, giveaways and promotion, data sharing, 911 live-stream, call-log alerts.",
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
      callLogAlerts: true,
      policePromotion: true,
      vendorRequests: false, // the vendor route replaced the portal (2024-25): the portal stands for requests here
    },
  },
  "privacy-first": {
    summary: "No portal, direct requests only with a warrant, EU-style 30-day retention, no ads or face recognition.",
    switches: { ...NO_PARTNERSHIP, directRequests: true, warrantRequired: true, retentionDays: 30 },
  },
  "vendor-requests": {
    summary:
      "No portal: police post footage requests publicly in the feed through a police-technology vendor, cannot see who was asked, and the vendor stores what owners share.",
    switches: { ...NO_PARTNERSHIP, vendorRequests: true },
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
