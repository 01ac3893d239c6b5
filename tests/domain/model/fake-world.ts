/**
 * A small stand-in world for unit tests of the mechanisms: houses on a square grid of
 * lots, a plain routine (commuter households away 08:00-18:00 on weekdays), and a
 * camera stand-in that records every porch visit it can see — the visited porch's own
 * camera with a good face, cameras next door with a poor one — plus a few innocent
 * passers-by a day. Clips live on the camera, then in the cloud, expire after the
 * retention unless shared. It is NOT the world of sim/domain/world (which emulates frames);
 * it only satisfies `WorldView` so mechanisms can be tested in isolation.
 */
import type { Rng, Scheduler } from "../../../sim/core/index.ts";
import type { ClipView, WorldView } from "../../../sim/domain/model/ports.ts";
import type { PersonKind } from "../../../sim/domain/simulation-api.ts";

const DAY = 86400;

export interface FakeWorldOptions {
  side: number; // houses per row; households = side * side
  lot: number; // metres between porches
  cameraShare: number;
  retentionDays: number;
  passersPerDay: number;
  commuterShare: number;
}

export interface FakeWorld extends WorldView {
  /** Every clip ever recorded (for invariants). */
  readonly allClips: ClipView[];
  readonly cameraCount: number;
}

export function createFakeWorld(o: Partial<FakeWorldOptions>, scheduler: Scheduler, rng: Rng): FakeWorld {
  const opt: FakeWorldOptions = { side: 12, lot: 20, cameraShare: 0.3, retentionDays: 60, passersPerDay: 20, commuterShare: 0.6, ...o };
  const n = opt.side * opt.side;
  const groups = ["a", "b", "c"];
  const houseGroup = new Uint8Array(n).map(() => rng.weightedIndex([0.6, 0.2, 0.2]));
  const commuter = new Uint8Array(n).map(() => (rng.bernoulli(opt.commuterShare) ? 1 : 0));
  const camera = new Uint8Array(n);
  const kinds: PersonKind[] = [];
  const pgroup: number[] = [];
  const phome: number[] = [];
  const clips: ClipView[] = [];
  const byHouse: ClipView[][] = Array.from({ length: n }, () => []);
  const handlers: ((c: ClipView) => void)[] = [];
  let expiredUpTo = 0;
  const x = (h: number) => (h % opt.side) * opt.lot;
  const y = (h: number) => Math.floor(h / opt.side) * opt.lot;
  const away = (h: number, t: number) => {
    const d = Math.floor(t / DAY);
    const s = t - d * DAY;
    return commuter[h] === 1 && d % 7 < 5 && s >= 8 * 3600 && s < 18 * 3600;
  };
  const addPerson = (kind: PersonKind, group: number, home: number) => {
    kinds.push(kind);
    pgroup.push(group);
    phome.push(home);
    return kinds.length - 1;
  };
  const record = (house: number, person: number, t: number, dwell: number, quality: number, confidence: number) => {
    const subject = { personId: person, frames: 15 * (dwell + 10), bestFaceQuality: quality, bestConfidence: confidence, detected: true };
    const clip: ClipView = { id: clips.length, house, start: t - 5, end: t + dwell + 5, subjects: [subject], state: "camera" };
    clips.push(clip);
    byHouse[house].push(clip);
    scheduler.scheduleAt(Math.max(scheduler.now, clip.end), () => {
      clip.state = clip.state === "camera" ? "cloud" : clip.state;
      for (const h of handlers) h(clip);
    });
  };
  const housesNear = (px: number, py: number, r: number) => {
    const out: number[] = [];
    for (let h = 0; h < n; h++) if ((x(h) - px) ** 2 + (y(h) - py) ** 2 <= r * r) out.push(h);
    return out;
  };
  const visitPorch = (person: number, house: number, t: number, dwell: number, _from = -1, concealed = false) => {
    const face = concealed ? 0.1 : 1;
    if (camera[house]) record(house, person, t, dwell, 0.8 * face, 0.95);
    for (const nb of [house - 1, house + 1])
      if (nb >= 0 && nb < n && camera[nb] && Math.floor(nb / opt.side) === Math.floor(house / opt.side))
        record(nb, person, t, dwell, 0.3 * face, 0.5);
    return { arrive: t, leave: t + dwell };
  };
  /** Houses of the grid row or column walked from `from` to `to` (a straight line of lots, the fake's streets). */
  const lotsBetween = (from: number, to: number) => {
    const out: number[] = [];
    const step = Math.floor(from / opt.side) === Math.floor(to / opt.side) ? 1 : opt.side;
    const dir = to >= from ? step : -step;
    for (let h = from; dir > 0 ? h <= to : h >= to; h += dir) out.push(h);
    return out;
  };
  /** A walk past the lots between the two houses, a street's width from their porches: cameras there capture a middling face. */
  const walkBetween = (person: number, from: number, to: number, t: number, speedMps: number) => {
    const lots = lotsBetween(from, to);
    lots.forEach((h, i) => {
      if (camera[h]) record(h, person, t + (i * opt.lot) / speedMps, 2, 0.5, 0.6);
    });
    return t + (lots.length * opt.lot) / speedMps;
  };
  const passers: number[] = [];
  for (let i = 0; i < 50; i++) passers.push(addPerson("resident", rng.weightedIndex([0.6, 0.2, 0.2]), -1));
  let trafficDay = -1;
  const world: FakeWorld = {
    households: n,
    groups,
    allClips: clips,
    get cameraCount() {
      return camera.reduce((a, b) => a + b, 0);
    },
    houseGroup: (h) => houseGroup[h],
    porchX: x,
    porchY: y,
    isHome: (h, t) => !away(h, t),
    nextHomeAt: (h, t) => (away(h, t) ? Math.floor(t / DAY) * DAY + 18 * 3600 : t),
    hasCamera: (h) => camera[h] === 1,
    cameraVisible: () => true,
    installCamera: (h) => {
      camera[h] = 1;
    },
    addPerson,
    personGroup: (p) => pgroup[p],
    personFemale: (p) => p % 2 === 1, // every other person a woman: fixed, so the fake world draws nothing for it
    personKind: (p) => kinds[p],
    personHome: (p) => phome[p],
    visitPorch,
    walkBetween,
    housesAlongRoute: (from, to, spacingM) =>
      lotsBetween(from, to).filter((_, i, a) => i === 0 || i === a.length - 1 || (i * opt.lot) % spacingM < opt.lot),
    onClip: (h) => {
      handlers.push(h);
    },
    clipsInWindow: (house, r, t0, t1) => {
      const out: ClipView[] = [];
      for (const h of housesNear(x(house), y(house), r))
        for (const c of byHouse[h]) if (c.state !== "expired" && c.end >= t0 && c.start <= t1) out.push(c);
      return out;
    },
    clipsOfHouse: (house, t0, t1) => byHouse[house].filter((c) => c.state !== "expired" && c.end >= t0 && c.start <= t1),
    markShared: (id) => {
      const c = clips[id];
      if (c.state === "expired") throw new Error("fake world: an expired clip cannot be shared");
      c.state = "shared";
    },
    housesNear,
    advanceTo: (t) => {
      const day = Math.floor(t / DAY);
      if (day > trafficDay) {
        trafficDay = day;
        for (let i = 0; i < opt.passersPerDay; i++) {
          const at = day * DAY + rng.uniform(7, 21) * 3600;
          const h = rng.int(0, n);
          const who = rng.choice(passers);
          scheduler.scheduleAt(at, () => void visitPorch(who, h, at, 5));
        }
      }
      for (; expiredUpTo < clips.length; expiredUpTo++) {
        const c = clips[expiredUpTo];
        if (c.end + opt.retentionDays * DAY > t) break;
        if (c.state !== "shared") c.state = "expired";
      }
    },
  };
  return world;
}
