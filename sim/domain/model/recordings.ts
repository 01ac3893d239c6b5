/**
 * The recordings part: what the cameras record, counted from the world's stream of closed
 * clips (every clip, and each appearance of someone who committed no theft), and each
 * doorbell clip announced on the bus as `clip-recorded`.
 */
import { count, domainPart } from "./domain-part.ts";

/** The recordings part. */
export const recordingsPart = domainPart({
  name: "recordings",
  summary: "Counts the clips the cameras close and the innocent people in them; announces doorbell clips.",
  metrics: [
    count("clips_recorded", "clips", "Clips recorded by cameras", "Added. Clips recorded by all cameras (doorbell and street) that day."),
    count(
      "innocents_recorded",
      "appearances",
      "Innocent people recorded (appearances)",
      "Added. Appearances of people who committed no theft in recorded clips (one per person per clip); by their group.",
      true,
    ),
  ],
  events: ["clip-recorded"],
  create(ctx) {
    const { world, bus, offenders } = ctx.env;
    world.onClip((clip) => {
      ctx.metrics.inc("clips_recorded");
      for (const s of clip.subjects) {
        if (!offenders.has(s.personId)) ctx.metrics.incGroup("innocents_recorded", world.personGroup(s.personId));
      }
      if (clip.house >= 0)
        bus.emit({ type: "clip-recorded", time: clip.end, clip: clip.id, house: clip.house, persons: clip.subjects.map((s) => s.personId) });
    });
  },
});
