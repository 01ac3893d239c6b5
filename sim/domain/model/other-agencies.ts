/**
 * Other agencies: clips the police pass on (`policy.dataSharing`, see `footage-locker.ts`)
 * reach agencies such as immigration enforcement or federal agencies, which run the faces
 * in them against their own records and may act on the people they identify — rightly
 * (the person is on file and recognised) or after a false match (the person is not on
 * file, or is taken for someone else). Error rates by group are those of the
 * `faceRecognition:` section; who is on file (`platform.otherAgencyGalleryShare`) and how
 * often an identification leads to action (`platform.otherAgencyActionProbability`) are
 * assumptions. Each person is looked at once, the first time a clip of them is passed on.
 * Nothing here feeds back into police or residents: the actions are for the analyst.
 */
import type { Rng } from "../../core/index.ts";
import { count, domainPart } from "./domain-part.ts";

/** State of the other agencies: who has been looked at, who is on file. */
export interface OtherAgencies {
  readonly lookedAt: Set<number>;
  readonly rng: Rng;
}

/** The other-agencies part: faces in shared clips searched against agency records, actions counted by group. */
export const otherAgenciesPart = domainPart({
  name: "other-agencies",
  summary: "Agencies that receive shared clips search the faces in them and may act on the people identified, rightly or after a false match.",
  metrics: [
    count(
      "other_agency_actions",
      "people",
      "People acted on by other agencies",
      "Added. People in clips passed on to other agencies whom an agency identified by face and acted on (questioned, stopped, detained), rightly or wrongly; by their group.",
      true,
    ),
    count(
      "other_agency_actions_wrongful",
      "people",
      "People wrongly acted on by other agencies",
      "Added. People acted on by another agency after a false face match (not on its file, or taken for someone else); by their group.",
      true,
    ),
  ],
  events: [],
  create: (ctx): OtherAgencies => ({ lookedAt: new Set<number>(), rng: ctx.rng }),
  on: {
    "clip-shared-other-agency": (self, e, ctx) => {
      const { world, faces, params } = ctx.env;
      const p = params.platform;
      for (const s of e.subjects) {
        if (self.lookedAt.has(s.personId) || world.personKind(s.personId) === "police") continue;
        self.lookedAt.add(s.personId);
        if (!faces.isUsable(s.bestFaceQuality)) continue;
        const group = world.personGroup(s.personId);
        const onFile = self.rng.bernoulli(p.otherAgencyGalleryShare);
        // The agency's own search, drawn from this part's stream so that police searches are not shifted.
        const pr = faces.outcomeProbabilities(group, s.bestFaceQuality, onFile);
        const u = self.rng.next();
        const falseMatch = u >= pr.trueMatch && u < pr.trueMatch + pr.falseMatch;
        if (u >= pr.trueMatch + pr.falseMatch || !self.rng.bernoulli(p.otherAgencyActionProbability)) continue;
        ctx.metrics.incGroup("other_agency_actions", group);
        if (falseMatch) ctx.metrics.incGroup("other_agency_actions_wrongful", group);
      }
    },
  },
});
