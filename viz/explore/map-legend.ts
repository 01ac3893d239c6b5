/**
 * The map's legend: one swatch per thing drawn (house groups, cameras, people, packages,
 * and every kind of event ring), drawn with the map's own styles.
 */
import { el } from "../shared/dom.ts";
import { EVENT_STYLES, GROUP_EDGES, GROUP_TINTS, PEOPLE, shapePath } from "./map-style.ts";

/** One line of the legend: its words and how to draw its 18-pixel swatch. */
export interface LegendEntry {
  label: string;
  draw(ctx: CanvasRenderingContext2D): void;
}

function legendSwatch({ draw, label }: LegendEntry): HTMLElement {
  const c = el("canvas", { width: 36, height: 36, "aria-hidden": "true" });
  const ctx = c.getContext("2d");
  if (ctx) {
    ctx.scale(2, 2);
    draw(ctx);
  }
  return el("li", {}, c, el("span", {}, label));
}

/** A camera's field of view: a wedge from the swatch's left edge, outlined when `stroke` is given. */
function viewWedge(c: CanvasRenderingContext2D, fill: string, stroke?: string): void {
  c.beginPath();
  c.moveTo(2, 9);
  c.arc(2, 9, 15, -0.5, 0.5);
  c.closePath();
  c.fillStyle = fill;
  c.fill();
  if (stroke) {
    c.strokeStyle = stroke;
    c.stroke();
  }
}

/**
 * The legend's lines, in order, for a layout with these demographic groups: one per group,
 * the two kinds of camera, one per kind of person, the two kinds of package, and one ring
 * per kind of map event (`EVENT_STYLES`, so every event the map flashes is explained).
 *
 * @example
 * legendEntries(["A", "B"]).map((e) => e.label); // ["House, group A", "House, group B", ...]
 */
export function legendEntries(groups: readonly string[]): LegendEntry[] {
  const houses = groups.map(
    (g, i): LegendEntry => ({
      label: `House, group ${g}`,
      draw(c) {
        c.fillStyle = GROUP_TINTS[i % GROUP_TINTS.length];
        c.strokeStyle = GROUP_EDGES[i % GROUP_EDGES.length];
        c.fillRect(3, 3, 12, 12);
        c.strokeRect(3, 3, 12, 12);
      },
    }),
  );
  const cameras: LegendEntry[] = [
    { label: "Doorbell camera and its view (dashed: hidden)", draw: (c) => viewWedge(c, "rgba(11,92,173,0.18)", "rgba(11,92,173,0.6)") },
    { label: "Street camera", draw: (c) => viewWedge(c, "rgba(142,68,173,0.2)") },
  ];
  const people = Object.values(PEOPLE).map(
    (kind): LegendEntry => ({
      label: kind.label,
      draw(c) {
        shapePath(c, kind.shape, 9, 9, 5);
        c.fillStyle = kind.color;
        c.fill();
      },
    }),
  );
  const packages: LegendEntry[] = [
    {
      label: "Package waiting on a porch",
      draw(c) {
        c.fillStyle = "#8b5a2b";
        c.fillRect(4, 4, 10, 10);
      },
    },
    {
      label: "Bait package (GPS tracker)",
      draw(c) {
        c.fillStyle = "#f39c12";
        c.fillRect(4, 4, 10, 10);
        c.strokeStyle = "#1f2933";
        c.strokeRect(4, 4, 10, 10);
      },
    },
  ];
  const events = Object.values(EVENT_STYLES).map(
    (style): LegendEntry => ({
      label: style.label,
      draw(c) {
        c.beginPath();
        c.arc(9, 9, 6, 0, 2 * Math.PI);
        c.strokeStyle = style.color;
        c.lineWidth = 2;
        c.stroke();
      },
    }),
  );
  return [...houses, ...cameras, ...people, ...packages, ...events];
}

/** Fills `legendList` with the swatches for a layout with these groups. */
export function renderLegend(legendList: HTMLElement, groups: string[]): void {
  legendList.replaceChildren(...legendEntries(groups).map(legendSwatch));
}
