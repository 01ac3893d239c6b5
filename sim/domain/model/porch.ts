/**
 * The packages lying on porches right now — real parcels and sting baits alike. Couriers
 * and police put them down, households pick them up, thieves take them. A package is
 * always in exactly one state: waiting, collected or stolen; the counts per state are
 * kept so that conservation (delivered = collected + stolen + waiting) can be checked.
 */

/** One package on (or once on) a porch. */
export interface Package {
  id: number;
  house: number;
  value: number;
  /** Out of sight from the street (delivery instructions). */
  hidden: boolean;
  bait: boolean;
  tracker: boolean;
  deliveredAt: number;
  state: "waiting" | "collected" | "stolen";
}

/** The porch registry; see the file header. */
export interface Porches {
  /** Puts a package on a porch; returns it. */
  place(house: number, t: number, value: number, opts: { hidden: boolean; bait: boolean; tracker: boolean }): Package;
  /** Packages waiting on a porch (do not mutate). */
  waitingAt(house: number): readonly Package[];
  /** Households with at least one waiting package, ascending. */
  housesWithPackages(): number[];
  /** The household takes in every real package on its porch; returns them. Baits stay. */
  collect(house: number): Package[];
  /** A parcel delivered to a locker or pickup point: delivered and collected, never on the porch. */
  deliverToLocker(): void;
  /** A thief takes a package. */
  steal(pkg: Package): void;
  /** Police remove a bait that was not taken. */
  removeBait(pkg: Package): void;
  /** Real packages by state (baits are not counted). */
  readonly counts: { delivered: number; collected: number; stolen: number; waiting: number };
}

/** An empty porch registry for `households` households. */
export function createPorches(households: number): Porches {
  // Most porches hold one parcel for a few hours: an empty porch shares NONE (never
  // mutated) and a first parcel starts a one-element list, which is cheaper than growing
  // and shrinking a long-lived array on every delivery and collection.
  const NONE: Package[] = [];
  const byHouse: Package[][] = new Array<Package[]>(households).fill(NONE);
  const counts = { delivered: 0, collected: 0, stolen: 0, waiting: 0 };
  let nextId = 0;
  const drop = (pkg: Package) => {
    const list = byHouse[pkg.house];
    const i = list.indexOf(pkg);
    if (i >= 0) list.splice(i, 1);
  };
  return {
    counts,
    place(house, t, value, opts) {
      const pkg: Package = {
        id: nextId++,
        house,
        value,
        hidden: opts.hidden,
        bait: opts.bait,
        tracker: opts.tracker,
        deliveredAt: t,
        state: "waiting",
      };
      const list = byHouse[house];
      if (list.length === 0) byHouse[house] = [pkg];
      else list.push(pkg);
      if (!pkg.bait) {
        counts.delivered++;
        counts.waiting++;
      }
      return pkg;
    },
    waitingAt: (house) => byHouse[house],
    housesWithPackages() {
      // A scan (for map snapshots) rather than a set kept up to date on every parcel.
      const out: number[] = [];
      for (let h = 0; h < households; h++) if (byHouse[h].length > 0) out.push(h);
      return out;
    },
    collect(house) {
      const list = byHouse[house];
      const taken: Package[] = [];
      for (let i = list.length - 1; i >= 0; i--) {
        const p = list[i];
        if (p.bait) continue;
        p.state = "collected";
        taken.push(p);
      }
      if (taken.length > 0) byHouse[house] = taken.length === list.length ? NONE : list.filter((p) => p.bait);
      counts.collected += taken.length;
      counts.waiting -= taken.length;
      return taken;
    },
    deliverToLocker() {
      counts.delivered++;
      counts.collected++;
    },
    steal(pkg) {
      if (pkg.state !== "waiting") throw new Error(`porch: package ${pkg.id} is ${pkg.state}, it cannot be stolen`);
      pkg.state = "stolen";
      drop(pkg);
      if (!pkg.bait) {
        counts.stolen++;
        counts.waiting--;
      }
    },
    removeBait(pkg) {
      if (!pkg.bait) throw new Error(`porch: package ${pkg.id} is not a bait`);
      if (pkg.state === "waiting") drop(pkg);
    },
  };
}
