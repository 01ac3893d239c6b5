/**
 * The model context: everything a mechanism receives — its parameters, the clock
 * (scheduler), named random streams, the world, the event bus, the submodels and the
 * state mechanisms share (porches, arrests, app users, officer time). Mechanisms are
 * functions of this context; nothing is global.
 */
import type { Rng, Scheduler } from "../../core/index.ts";
import { createArrestLog, type ArrestLog } from "./arrest-log.ts";
import { createEventBus, type EventBus } from "./events.ts";
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

/** What every mechanism receives. */
export interface ModelContext {
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
  /** Current simulated time. */
  now(): number;
}

/** The collaborators a model is built from (the context adds the shared state). */
export interface ModelParts {
  params: ModelParams;
  world: WorldView;
  scheduler: Scheduler;
  rng: Rng;
  metrics: MetricsPort;
  perception: PerceptionPort;
  faces: FaceRecognitionPort;
}

/** Builds a context around the given collaborators (the shared state starts empty). */
export function createModelContext(parts: ModelParts): ModelContext {
  const bus = createEventBus();
  const memoryS = Math.max(1, parts.params.thieves.arrestMemoryDays) * DAY;
  return {
    ...parts,
    bus,
    porches: createPorches(parts.world.households),
    arrests: createArrestLog(memoryS),
    appUser: new Uint8Array(parts.world.households),
    offenders: new Set<number>(),
    officers: createOfficerTime(bus, parts.scheduler),
    signals: { stingPublicised: false },
    now: () => parts.scheduler.now,
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
