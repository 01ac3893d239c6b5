/**
 * Benchmarks of the physical world (`npm run bench -- camera_frames town_10k_30d`):
 * - camera_frames: frames settled per second by the camera system on one core (a walker
 *   passing a row of fifty doorbell cameras again and again, clips closed as time passes),
 *   and frames in view handled per second at default sensitivity (see `cameraFrames`).
 *   Runs of frames whose outcome cannot change are settled without computing each frame
 *   (frame-skips.ts), so the rate counts frames settled, not frames computed;
 * - town_10k_30d: 10,000 households, a quarter with doorbell cameras (parks-2025-video-doorbells
 *   in docs/sources.md: ~20% in 2023, ~27% in 2025), default background traffic, 30 simulated days at 15 fps.
 * `frames_per_s` and `sim_days_per_s` use this process's CPU time (one core; the machine
 * is shared), the `*_wall_*` fields use elapsed time.
 */
import { createRng, Scheduler } from "../../sim/core/index.ts";
import { camerasSection } from "../../sim/scenario/sections/cameras.ts";
import { neighbourhoodSection } from "../../sim/scenario/sections/neighbourhood.ts";
import {
  createActiveTrips,
  createCameraSystem,
  createNeighbourhood,
  createPeople,
  createRoutines,
  createTraffic,
  DAY,
  planTrip,
} from "../../sim/domain/world/index.ts";
import { peakRssMb, type Bench } from "./bench.ts";

/** Seconds of CPU time used by this process since `from`. */
function cpuSeconds(from: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(from);
  return (u.user + u.system) / 1e6;
}

/**
 * A walker passing a row of fifty doorbell cameras again and again. Returns frames in view,
 * frames evaluated and CPU seconds of the timed part.
 */
function walkerRow(cameras: Record<string, unknown>) {
  const nb = createNeighbourhood(neighbourhoodSection.parse({ households: 50, irregularity: 0 }), createRng(1));
  const cams = createCameraSystem(camerasSection.parse(cameras), nb, createRng(2), { retentionDays: 60, onEvent: () => {} });
  for (let h = 0; h < nb.householdCount; h++) cams.install(h);
  const run = (n: number, offset: number) => {
    let frames = 0;
    for (let i = 0; i < n; i++) {
      const depart = (offset + i) * 600;
      const trip = planTrip(nb, { from: { house: 0 }, to: { house: nb.householdCount - 1 }, mode: "walk", depart });
      frames += cams.observe(1, trip);
      cams.advanceTo(depart + 599);
    }
    return frames;
  };
  run(200, 0); // warm up the JIT
  const evaluated0 = cams.framesEvaluated;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const inView = run(4000, 200);
  const wall = (performance.now() - t0) / 1000;
  const cpu = cpuSeconds(cpu0);
  return { inView, evaluated: cams.framesEvaluated - evaluated0, cpu, wall };
}

/**
 * `frames_per_s`: frame evaluations per CPU second with every frame in view evaluated
 * (motion range over the whole view, so every pass can trigger: the frame loop's
 * throughput). `in_view_frames_per_s`: frames in view handled per CPU second at default
 * sensitivity, where passers-by cannot trigger and only the frames that end up in clips
 * are evaluated (`evaluated_share`).
 */
function cameraFrames(): Record<string, unknown>[] {
  const all = walkerRow({ motionRange: 50, motionSensitivity: 1 });
  const lazy = walkerRow({});
  return [
    {
      frames_per_s: Math.round(all.evaluated / all.cpu),
      frames_per_wall_s: Math.round(all.evaluated / all.wall),
      frames: all.evaluated,
      cpu_s: Math.round(all.cpu * 1000) / 1000,
      in_view_frames_per_s: Math.round(lazy.inView / lazy.cpu),
      in_view_frames: lazy.inView,
      evaluated_share: Math.round((lazy.evaluated / lazy.inView) * 1000) / 1000,
      default_cpu_s: Math.round(lazy.cpu * 1000) / 1000,
    },
  ];
}

function town(households: number, days: number): Record<string, unknown>[] {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const np = neighbourhoodSection.parse({ households });
  const rng = createRng(20261123);
  const nb = createNeighbourhood(np, rng.stream("neighbourhood"));
  const routines = createRoutines(np, nb, rng.stream("routines"));
  const people = createPeople({ femaleShare: 0.5, rng: createRng(1).stream("people") });
  let clips = 0;
  const cams = createCameraSystem(camerasSection.parse({ fps: 15 }), nb, rng.stream("cameras"), {
    retentionDays: 60,
    onEvent: (e) => {
      if (e.type === "clip-recorded") clips++;
    },
  });
  const adopt = rng.stream("adoption");
  for (let h = 0; h < nb.householdCount; h++) if (adopt.bernoulli(0.25)) cams.install(h);
  const active = createActiveTrips();
  const traffic = createTraffic(np, nb, routines, people, rng.stream("traffic"), { cameras: cams, active });
  const scheduler = new Scheduler();
  const step = 600;
  let trips = 0;
  for (let d = 0; d < days; d++) {
    trips += traffic.scheduleDay(d, scheduler);
    for (let t = d * DAY + step; t <= (d + 1) * DAY; t += step) {
      scheduler.runUntil(t);
      cams.advanceTo(t);
    }
    console.error(`town: day ${d + 1}/${days}, ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  const wall = (performance.now() - t0) / 1000;
  const cpu = cpuSeconds(cpu0);
  return [
    {
      wall_s: Math.round(wall * 10) / 10,
      sim_days_per_s: Math.round((days / cpu) * 1000) / 1000,
      sim_days_per_wall_s: Math.round((days / wall) * 1000) / 1000,
      cpu_s: Math.round(cpu * 10) / 10,
      peak_rss_mb: peakRssMb(),
      households,
      cameras: cams.count,
      trips,
      frames: cams.framesEvaluated,
      clips,
      people: people.count,
    },
  ];
}

const benches: Bench[] = [
  { name: "camera_frames", run: cameraFrames },
  { name: "town_10k_30d", run: () => town(10000, 30) },
];
export default benches;
