/**
 * The neighbourhood map on a canvas (thousands of houses stay fast): streets, houses
 * tinted by group, cameras with their field-of-view wedges, people by kind (shape and
 * colour, so it reads without colour too), packages and bait packages on porches, and
 * events that flash where they happen. Snapshots arrive several times a simulated day, so
 * the people drawn are those on the move at that moment; a clock over the map says which
 * ("Day 25, 14:00 (Thu)"). Pan and zoom with d3-zoom (mouse, or keyboard: arrows pan,
 * +/- zoom, 0 resets). A text summary and an event log serve screen readers.
 *
 * For tests, the element carries what the last frame drew: `data-time` (simulated seconds)
 * and `data-people` (markers drawn, by kind: "resident:3 courier:1").
 */
import { zoom as d3zoom, zoomIdentity, select, type ZoomBehavior, type ZoomTransform } from "d3";
import type { MapLayout, MapState, PersonKind } from "../../sim/index.ts";
import { el } from "../shared/dom.ts";
import { clockLabel, EVENT_MS, EVENT_STYLES, GROUP_EDGES, GROUP_TINTS, PEOPLE, shapePath } from "./map-style.ts";
import { renderLegend } from "./map-legend.ts";
import { placeLabels } from "./label-placement.ts";

export interface MapView {
  element: HTMLElement;
  setLayout(layout: MapLayout): void;
  update(state: MapState): void;
  clear(): void;
}

/** "3 residents, 1 courier" from counts by kind, in legend order. */
function peopleWords(counts: Map<PersonKind, number>): string {
  const parts: string[] = [];
  for (const [kind, style] of Object.entries(PEOPLE) as [PersonKind, (typeof PEOPLE)[PersonKind]][]) {
    const n = counts.get(kind) ?? 0;
    if (n) parts.push(`${n} ${style.label.toLowerCase()}${n === 1 ? "" : kind === "police" ? "" : "s"}`);
  }
  return parts.join(", ");
}

interface Flash {
  x: number;
  y: number;
  color: string;
  label: string;
  born: number;
}

export function createMapView(): MapView {
  const canvas = el("canvas", {
    class: "map-canvas",
    tabindex: "0",
    role: "img",
    "aria-label": "Map of the neighbourhood (no scenario loaded). Arrow keys pan, plus and minus zoom, 0 resets.",
  });
  const summary = el("p", { class: "map-summary", "aria-live": "off" });
  // The clock is part of the summary for screen readers; on screen it sits over the map.
  const clock = el("p", { class: "map-clock", "aria-hidden": "true" });
  const log = el("ol", { class: "event-log", "aria-label": "Latest events on the map" });
  const legendList = el("ul", { class: "legend-list" });
  const legend = el("div", { class: "map-legend" }, el("h3", {}, "Legend"), legendList);
  const element = el(
    "div",
    { class: "map-view" },
    el("div", { class: "map-frame" }, canvas, clock),
    legend,
    summary,
    el("details", { class: "event-log-box" }, el("summary", {}, "Latest events"), log),
  );

  let layout: MapLayout | null = null;
  let state: MapState | null = null;
  let transform: ZoomTransform = zoomIdentity;
  let flashes: Flash[] = [];
  let frame = 0;
  const staticLayer = document.createElement("canvas");
  let staticKey = "";
  let animTimer: ReturnType<typeof setTimeout> | 0 = 0;
  let base = { scale: 1, ox: 0, oy: 0 };
  const zoomer: ZoomBehavior<HTMLCanvasElement, unknown> = d3zoom<HTMLCanvasElement, unknown>()
    .scaleExtent([0.5, 40])
    .on("zoom", (e: { transform: ZoomTransform }) => {
      transform = e.transform;
      schedule();
    });
  select(canvas).call(zoomer);
  canvas.addEventListener("keydown", (e) => {
    const step = 40;
    const sel = select(canvas);
    if (e.key === "+" || e.key === "=") zoomer.scaleBy(sel, 1.4);
    else if (e.key === "-") zoomer.scaleBy(sel, 1 / 1.4);
    else if (e.key === "0") zoomer.transform(sel, zoomIdentity);
    else if (e.key === "ArrowLeft") zoomer.translateBy(sel, step / transform.k, 0);
    else if (e.key === "ArrowRight") zoomer.translateBy(sel, -step / transform.k, 0);
    else if (e.key === "ArrowUp") zoomer.translateBy(sel, 0, step / transform.k);
    else if (e.key === "ArrowDown") zoomer.translateBy(sel, 0, -step / transform.k);
    else return;
    e.preventDefault();
  });

  const resize = () => {
    const w = canvas.clientWidth || 600;
    const h = canvas.clientHeight || 420;
    const dpr = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(w * dpr) || canvas.height !== Math.round(h * dpr)) {
      canvas.width = Math.round(w * dpr);
      canvas.height = Math.round(h * dpr);
    }
    if (layout) {
      const m = 12;
      const s = Math.min((w - 2 * m) / Math.max(layout.width, 1), (h - 2 * m) / Math.max(layout.height, 1));
      base = { scale: s, ox: (w - layout.width * s) / 2, oy: (h - layout.height * s) / 2 };
    }
    schedule();
  };
  new ResizeObserver(resize).observe(canvas);

  function schedule(): void {
    if (!frame) frame = requestAnimationFrame(draw);
  }

  function drawStatic(ctx: CanvasRenderingContext2D, dpr: number): void {
    if (!layout) return;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = "#f7f8fa";
    ctx.fillRect(0, 0, staticLayer.width, staticLayer.height);
    const k = base.scale * transform.k;
    ctx.setTransform(dpr * k, 0, 0, dpr * k, dpr * (transform.x + base.ox * transform.k), dpr * (transform.y + base.oy * transform.k));
    const px = 1 / k;
    const hs = Math.max(4, 2.5 * px);
    const hh = layout.houses;
    ctx.strokeStyle = "#b9c0c9";
    ctx.lineWidth = Math.max(6, 3 * px);
    ctx.lineCap = "round";
    ctx.beginPath();
    const st = layout.streets;
    for (let i = 0; i + 3 < st.length; i += 4) {
      ctx.moveTo(st[i], st[i + 1]);
      ctx.lineTo(st[i + 2], st[i + 3]);
    }
    ctx.stroke();

    for (let g = 0; g < Math.max(1, layout.groups.length); g++) {
      ctx.fillStyle = GROUP_TINTS[g % GROUP_TINTS.length];
      ctx.beginPath();
      for (let i = 0; i < hh.length / 2; i++) {
        if ((layout.houseGroup[i] ?? 0) !== g) continue;
        ctx.rect(hh[2 * i] - hs, hh[2 * i + 1] - hs, 2 * hs, 2 * hs);
      }
      ctx.fill();
      if (k > 1.5) {
        ctx.strokeStyle = GROUP_EDGES[g % GROUP_EDGES.length];
        ctx.lineWidth = 0.7 * px;
        ctx.stroke();
      }
    }
  }

  function draw(): void {
    frame = 0;
    const ctx = canvas.getContext("2d");
    if (!ctx) return;
    const dpr = window.devicePixelRatio || 1;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    if (!layout) {
      ctx.fillStyle = "#f7f8fa";
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      return;
    }
    // Streets and houses change only with the layout, the zoom or the size: cache them.
    const key = `${canvas.width}x${canvas.height}|${transform.k},${transform.x},${transform.y}|${base.scale}`;
    if (key !== staticKey) {
      staticKey = key;
      staticLayer.width = canvas.width;
      staticLayer.height = canvas.height;
      const sctx = staticLayer.getContext("2d");
      if (sctx) drawStatic(sctx, dpr);
    }
    ctx.drawImage(staticLayer, 0, 0);
    const k = base.scale * transform.k;
    // World metres -> CSS pixels -> device pixels.
    ctx.setTransform(dpr * k, 0, 0, dpr * k, dpr * (transform.x + base.ox * transform.k), dpr * (transform.y + base.oy * transform.k));
    const px = 1 / k; // one CSS pixel in metres
    const hs = Math.max(4, 2.5 * px);
    const hh = layout.houses;
    const drawn: string[] = [];

    if (state) {
      // Cameras drawn in four batches (doorbell/street x visible/hidden): one path each, so
      // a town with thousands of cameras still draws in a few milliseconds.
      for (const kind of ["doorbell", "street"] as const) {
        for (const visible of [true, false]) {
          ctx.beginPath();
          let any = false;
          for (const c of state.cameras) {
            if (c.kind !== kind || c.visible !== visible) continue;
            any = true;
            ctx.moveTo(c.x, c.y);
            // Heading is counter-clockwise from +x in a y-down world: negate for the canvas.
            ctx.arc(c.x, c.y, c.range, -c.heading - c.fov / 2, -c.heading + c.fov / 2);
            ctx.closePath();
          }
          if (!any) continue;
          ctx.fillStyle = kind === "street" ? "rgba(142,68,173,0.12)" : "rgba(11,92,173,0.10)";
          ctx.fill();
          ctx.strokeStyle = kind === "street" ? "rgba(142,68,173,0.55)" : "rgba(11,92,173,0.45)";
          ctx.lineWidth = 0.8 * px;
          ctx.setLineDash(visible ? [] : [3 * px, 2 * px]);
          ctx.stroke();
          ctx.setLineDash([]);
        }
      }
      const ps = Math.max(2.5, 1.8 * px);
      ctx.lineWidth = 1 * px;
      for (const h of state.packagesWaiting) {
        ctx.fillStyle = "#8b5a2b";
        ctx.fillRect(hh[2 * h] + hs, hh[2 * h + 1] - hs - ps, ps * 1.6, ps * 1.6);
      }
      for (const h of state.baits) {
        ctx.fillStyle = "#f39c12";
        ctx.strokeStyle = "#1f2933";
        ctx.fillRect(hh[2 * h] - hs - ps * 1.8, hh[2 * h + 1] - hs - ps, ps * 1.8, ps * 1.8);
        ctx.strokeRect(hh[2 * h] - hs - ps * 1.8, hh[2 * h + 1] - hs - ps, ps * 1.8, ps * 1.8);
      }
      // People are the moving part of the picture: markers larger than a house.
      const pr = Math.max(3, 4.5 * px);
      ctx.lineWidth = 1.2 * px;
      const pos = state.peoplePos;
      // One path per kind; police and thieves last, so they are on top.
      for (const [kindName, kind] of Object.entries(PEOPLE)) {
        ctx.beginPath();
        let n = 0;
        for (let i = 0; i < state.peopleKind.length; i++) {
          const k = PEOPLE[state.peopleKind[i]] ? state.peopleKind[i] : "visitor";
          if (k !== kindName) continue;
          n++;
          shapePath(ctx, kind.shape, pos[2 * i], pos[2 * i + 1], pr, false);
        }
        if (n) drawn.push(`${kindName}:${n}`);
        if (!n) continue;
        ctx.fillStyle = kind.color;
        ctx.fill();
        ctx.strokeStyle = "#ffffff";
        ctx.stroke();
      }
    }

    // The clock and the test attributes say what this frame drew (updates may come faster).
    clock.textContent = state ? clockLabel(state.time) : "";
    element.dataset.people = drawn.join(" ");
    element.dataset.time = state ? String(state.time) : "";

    const now = performance.now();
    flashes = flashes.filter((f) => now - f.born < EVENT_MS);
    // Rings for every recent event; words only for the newest few, each where it overlaps
    // no other label (newest first), so labels never pile up.
    const labelFrom = flashes.length - 4;
    ctx.font = `${12 * px}px system-ui, sans-serif`;
    const newest = flashes.slice(Math.max(0, labelFrom)).reverse();
    const spots = placeLabels(
      newest.map((f) => ({ x: f.x, y: f.y, width: ctx.measureText(f.label).width })),
      12 * px,
      9 * px,
    );
    const spotOf = new Map(newest.map((f, i) => [f, spots[i]]));
    flashes.forEach((f) => {
      const age = (now - f.born) / EVENT_MS;
      ctx.globalAlpha = 1 - age;
      ctx.beginPath();
      ctx.arc(f.x, f.y, (6 + 18 * age) * px, 0, 2 * Math.PI);
      ctx.strokeStyle = f.color;
      ctx.lineWidth = 2.5 * px;
      ctx.stroke();
      const spot = spotOf.get(f);
      if (spot) {
        ctx.lineWidth = 3 * px;
        ctx.strokeStyle = "rgba(255,255,255,0.9)";
        ctx.strokeText(f.label, spot.x, spot.y);
        ctx.fillStyle = "#1f2933";
        ctx.fillText(f.label, spot.x, spot.y);
      }
      ctx.globalAlpha = 1;
    });
    // Fading event rings animate at ~7 frames a second: enough to see them fade, cheap for the page.
    if (flashes.length && !animTimer) {
      animTimer = setTimeout(() => {
        animTimer = 0;
        schedule();
      }, 140);
    }
  }

  const describe = () => {
    if (!layout) return;
    const houses = layout.houses.length / 2;
    const cams = state?.cameras.length ?? 0;
    const people = state?.peopleKind.length ?? 0;
    const counts = new Map<PersonKind, number>();
    for (const k of state?.peopleKind ?? []) counts.set(k, (counts.get(k) ?? 0) + 1);
    const who = people ? ` (${peopleWords(counts)})` : "";
    const pk = state?.packagesWaiting.length ?? 0;
    const text = `${clockLabel(state?.time ?? 0)}: ${houses.toLocaleString("en-US")} houses, ${cams.toLocaleString("en-US")} cameras, ${people === 1 ? "1 person" : `${people} people`} on the move${who}, ${pk === 1 ? "1 package" : `${pk} packages`} waiting on porches.`;
    summary.textContent = text;
    canvas.setAttribute("aria-label", `Map of the neighbourhood. ${text} Arrow keys pan, plus and minus zoom, 0 resets.`);
  };

  return {
    element,
    setLayout(l) {
      layout = l;
      staticKey = "";
      state = null;
      flashes = [];
      log.replaceChildren();
      renderLegend(legendList, layout?.groups ?? []);
      resize();
      describe();
    },
    update(s) {
      state = s;
      const now = performance.now();
      for (const e of s.events.slice(-40)) {
        flashes.push({ x: e.x, y: e.y, color: EVENT_STYLES[e.type].color, label: e.label, born: now });
        log.prepend(el("li", {}, `${clockLabel(e.time)}: ${e.label}`));
      }
      if (flashes.length > 60) flashes = flashes.slice(-60);
      while (log.childElementCount > 12) log.lastElementChild?.remove();
      describe();
      schedule();
    },
    clear() {
      state = null;
      flashes = [];
      log.replaceChildren();
      describe();
      schedule();
    },
  };
}
