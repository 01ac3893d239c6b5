/**
 * How the map draws things: group tints for houses, a colour and a shape per kind of
 * person (so the map reads without colour vision), event colours, marker paths, and the
 * clock label of a simulated moment.
 */
import type { MapEventKind, PersonKind } from "../../sim/index.ts";

export const GROUP_TINTS = ["#c7d3e3", "#e6cfc2", "#cfe0cc", "#ddd0e6", "#e8e0bf", "#c8e0e2"];
export const GROUP_EDGES = ["#6d86a8", "#a77b62", "#6f9a68", "#8e76a3", "#a39553", "#5f9aa0"];
export const PEOPLE: Record<PersonKind, { color: string; label: string; shape: "circle" | "square" | "triangle" | "diamond" }> = {
  resident: { color: "#2a7a46", label: "Resident", shape: "circle" },
  visitor: { color: "#6b6b6b", label: "Visitor", shape: "circle" },
  courier: { color: "#b8620f", label: "Courier", shape: "diamond" },
  thief: { color: "#c0392b", label: "Thief", shape: "triangle" },
  police: { color: "#0b4f9c", label: "Police", shape: "square" },
};
/**
 * The ring colour and legend words for each kind of map event. Keyed by the model's own
 * `MapEventKind`, so a kind the map can show without a style, or a misspelt one, fails
 * to compile. Thefts are red, police blue, the platform's alert ads purple.
 */
export const EVENT_STYLES: Record<MapEventKind, { color: string; label: string }> = {
  "package-stolen": { color: "#c0392b", label: "Package stolen" },
  "theft-deterred": { color: "#27ae60", label: "Theft deterred" },
  "theft-confronted": { color: "#d35400", label: "Thief confronted" },
  "theft-reported": { color: "#e67e22", label: "Theft reported to police" },
  "arrest-made": { color: "#0b4f9c", label: "Arrest" },
  "bait-placed": { color: "#f39c12", label: "Bait package placed" },
  "post-published": { color: "#16a085", label: "App post (crime or 'suspicious person')" },
  "alert-ad-shown": { color: "#8e44ad", label: "Community-alert ad shown" },
  "live-stream-started": { color: "#34495e", label: "911 live-stream" },
  "camera-adopted": { color: "#0b5cad", label: "Camera installed" },
};
export const EVENT_MS = 2000;

/** Adds a marker to the current path (a new path unless `fresh` is false, for batches). */
export function shapePath(ctx: CanvasRenderingContext2D, shape: string, x: number, y: number, r: number, fresh = true): void {
  if (fresh) ctx.beginPath();
  else ctx.moveTo(x + r, y);
  if (shape === "square") ctx.rect(x - r, y - r, 2 * r, 2 * r);
  else if (shape === "triangle") {
    ctx.moveTo(x, y - r * 1.2);
    ctx.lineTo(x + r * 1.1, y + r * 0.8);
    ctx.lineTo(x - r * 1.1, y + r * 0.8);
    ctx.closePath();
  } else if (shape === "diamond") {
    ctx.moveTo(x, y - r * 1.2);
    ctx.lineTo(x + r * 1.2, y);
    ctx.lineTo(x, y + r * 1.2);
    ctx.lineTo(x - r * 1.2, y);
    ctx.closePath();
  } else ctx.arc(x, y, r, 0, 2 * Math.PI);
}

const DAY = 86400;
const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/**
 * The moment `time` (simulated seconds; 0 = Monday 00:00 of the first day) as people say
 * it: days counted from 1, 24-hour clock, weekday.
 *
 * @example
 * clockLabel(23 * 86400 + 14 * 3600); // "Day 24, 14:00 (Wed)"
 */
export function clockLabel(time: number): string {
  const d = Math.floor(time / DAY);
  const minutes = Math.floor((time - d * DAY) / 60);
  const hh = String(Math.floor(minutes / 60)).padStart(2, "0");
  const mm = String(minutes % 60).padStart(2, "0");
  return `Day ${d + 1}, ${hh}:${mm} (${WEEKDAYS[((d % 7) + 7) % 7]})`;
}
