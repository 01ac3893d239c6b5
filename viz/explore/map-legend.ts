/** The map's legend: one swatch per thing drawn, drawn with the map's own styles. */
import { el } from "../shared/dom.ts";
import { GROUP_EDGES, GROUP_TINTS, PEOPLE, shapePath } from "./map-style.ts";

function legendSwatch(draw: (ctx: CanvasRenderingContext2D) => void, label: string): HTMLElement {
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

/** Fills `legendList` with the swatches for a layout with these groups. */
export function renderLegend(legendList: HTMLElement, groups: string[]): void {
  legendList.replaceChildren();
  groups.forEach((g, i) =>
    legendList.append(
      legendSwatch((c) => {
        c.fillStyle = GROUP_TINTS[i % GROUP_TINTS.length];
        c.strokeStyle = GROUP_EDGES[i % GROUP_EDGES.length];
        c.fillRect(3, 3, 12, 12);
        c.strokeRect(3, 3, 12, 12);
      }, `House, group ${g}`),
    ),
  );
  legendList.append(
    legendSwatch((c) => viewWedge(c, "rgba(11,92,173,0.18)", "rgba(11,92,173,0.6)"), "Doorbell camera and its view (dashed: hidden)"),
    legendSwatch((c) => viewWedge(c, "rgba(142,68,173,0.2)"), "Street camera"),
  );
  for (const kind of Object.values(PEOPLE)) {
    legendList.append(
      legendSwatch((c) => {
        shapePath(c as CanvasRenderingContext2D, kind.shape, 9, 9, 5);
        c.fillStyle = kind.color;
        c.fill();
      }, kind.label),
    );
  }
  legendList.append(
    legendSwatch((c) => {
      c.fillStyle = "#8b5a2b";
      c.fillRect(4, 4, 10, 10);
    }, "Package waiting on a porch"),
    legendSwatch((c) => {
      c.fillStyle = "#f39c12";
      c.fillRect(4, 4, 10, 10);
      c.strokeStyle = "#1f2933";
      c.strokeRect(4, 4, 10, 10);
    }, "Bait package (GPS tracker)"),
    legendSwatch((c) => {
      c.beginPath();
      c.arc(9, 9, 6, 0, 2 * Math.PI);
      c.strokeStyle = "#c0392b";
      c.lineWidth = 2;
      c.stroke();
    }, "Something just happened (theft, arrest, alert…)"),
  );
}
