/**
 * The policy part: the partnership policy (`policy:`), a bundle of switches that the
 * other mechanisms read live (portal, request channels, warrants, retention, face
 * recognition, alert vetting, giveaways, data sharing). It records nothing itself.
 */
import { policySection } from "../../scenario/sections/policy.ts";
import { domainPart } from "./domain-part.ts";

/** The policy part. */
export const policyPart = domainPart({
  name: "policy",
  summary: "The partnership policy: the switches other parts read (channels, warrants, retention, face recognition, ads, giveaways, sharing).",
  section: { key: "policy", schema: policySection },
  metrics: [],
  events: [],
});
