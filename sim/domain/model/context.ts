/**
 * The model context: everything a mechanism receives — its parameters (the live
 * scenario), the clock (scheduler), named random streams, the world, the event bus, the
 * metrics, the submodels and the state mechanisms share (porches, arrests, app users,
 * officer time). It is the `env` of every part of the surveillance model; nothing is global.
 */
import type { Rng, Scheduler } from "../../core/index.ts";
import { createArrestLog, type ArrestLog } from "./arrest-log.ts";
import type { EventBus } from "./events.ts";
import type { ModelParams } from "./params.ts";
import type { FaceRecognitionPort, MetricsPort, PerceptionPort, WorldView } from "./ports.ts";
import { createPorches, type Porches } from "./porch.ts";

/** Seconds in a day. */
export const DAY = 86400;
/** Seconds in an hour. */
export const HOUR = 3600;

/** Officer time: a daily budget that police tasks draw on. */
export interface OfficerTime {
  /** Hours left today. */
  readonly available: number;
  /** Spends hours if available (or, with `force`, as overtime paid back from later days); returns whether they were spent. */
  spend(hours: number, task: import("./events.ts").OfficerTask, force?: boolean): boolean;
  /** Adds the day's hours at the start of a day: unused hours lapse, overtime (a negative balance) is paid back. */
  refill(hours: number): void;
}

/** What every mechanism receives (the `env` of every part of the surveillance model). */
export interface ModelContext {
  /**
   * The scenario, read live: a dated change (which sets values inside the scenario's
   * sections) shows at the next read. Mechanisms keep section objects, never their
   * values — except quantities that size the population at creation (couriers, thieves,
   * the per-group posting rates).
   */
  readonly params: ModelParams;
  readonly world: WorldView;
  readonly scheduler: Scheduler;
  /** Root stream; mechanisms take `rng.stream("<mechanism>")`. */
  readonly rng: Rng;
  readonly bus: EventBus;
  readonly metrics: MetricsPort;
  readonly perception: PerceptionPort;
  readonly faces: FaceRecognitionPort;
  readonly porches: Porches;
  readonly arrests: ArrestLog;
  /** 1 when the household uses the neighbourhood app. */
  readonly appUser: Uint8Array;
  /** People who have committed a theft (not innocent in footage). */
  readonly offenders: Set<number>;
  readonly officers: OfficerTime;
  /** Flags one mechanism raises for others (e.g. a publicised sting for thieves). */
  readonly signals: { stingPublicised: boolean };
  /** Days of warm-up before the reported days (beliefs settle faster during them). */
  readonly warmupDays: number;
  /** Current simulated time. */
  now(): number;
}

/** What the context is built around: the core model's clock, streams, bus and metrics, the world, and the services parts provide. */
export interface ContextSources {
  params: ModelParams;
  world: WorldView;
  scheduler: Scheduler;
  rng: Rng;
  bus: EventBus;
  metrics: MetricsPort;
  /** Perception and face recognition, looked up when first used (they are parts, created first). */
  perception: () => PerceptionPort;
  faces: () => FaceRecognitionPort;
  /** Days of warm-up before the reported days (0 when not given). */
  warmupDays?: number;
}

/** Builds a context around the given sources (the shared state starts empty). */
export function createModelContext(src: ContextSources): ModelContext {
  const { bus, scheduler } = src;
  const memoryS = Math.max(1, src.params.thieves.arrestMemoryDays) * DAY;
  return {
    params: src.params,
    world: src.world,
    scheduler,
    rng: src.rng,
    bus,
    metrics: src.metrics,
    get perception() {
      return src.perception();
    },
    get faces() {
      return src.faces();
    },
    porches: createPorches(src.world.households),
    arrests: createArrestLog(memoryS),
    appUser: new Uint8Array(src.world.households),
    offenders: new Set<number>(),
    officers: createOfficerTime(bus, scheduler),
    signals: { stingPublicised: false },
    warmupDays: src.warmupDays ?? 0,
    now: () => scheduler.now,
  };
}

function createOfficerTime(bus: EventBus, scheduler: Scheduler): OfficerTime {
  let available = 0;
  return {
    get available() {
      return available;
    },
    spend(hours, task, force = false) {
      if (hours <= 0) return true;
      if (!force && hours > available) return false;
      available -= hours;
      bus.emit({ type: "officer-hours-spent", time: scheduler.now, hours, task });
      return true;
    },
    refill(hours) {
      available = Math.min(available, 0) + hours;
    },
  };
}
