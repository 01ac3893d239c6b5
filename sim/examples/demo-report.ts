/**
 * The text of `npm run demo`: a short Boltzmann wealth run and a short Schelling run
 * with a fixed seed, as readable tables. Pure (no I/O, no clock) so that tests can
 * check it; `demo.ts` prints it.
 */
import { BoltzmannWealth } from "./boltzmann-wealth.ts";
import { Schelling } from "./schelling.ts";

/** Options of {@link demoReport}. */
export interface DemoOptions {
  /** Root seed of both models (default 42). */
  seed?: number;
  /** Boltzmann steps (default 100), printed every 10. */
  boltzmannSteps?: number;
  /** Schelling steps (default 12), printed every step. */
  schellingSteps?: number;
}

/** Right-aligns each cell to its column's width. */
function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i])).join("  ");
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

/**
 * Runs both models and returns the report.
 * @example
 * ```ts
 * console.log(demoReport({ seed: 42 }));
 * ```
 */
export function demoReport({ seed = 42, boltzmannSteps = 100, schellingSteps = 12 }: DemoOptions = {}): string {
  const out: string[] = [];

  const wealth = new BoltzmannWealth({ n: 100, width: 10, height: 10, seed });
  out.push(
    `Boltzmann wealth (seed ${seed}): 100 agents on a 10 x 10 grid, each starting with 1 coin.`,
    "Each step every agent moves to a neighbouring cell and gives a coin to someone it meets.",
    "Inequality (Gini) climbs from 0 to the 0.5-0.7 range and stays there.",
    "",
  );
  const wealthRows: string[][] = [];
  const addWealthRow = () => {
    let richest = 0;
    let broke = 0;
    for (const a of wealth.people) {
      richest = Math.max(richest, a.wealth);
      if (a.wealth === 0) broke++;
    }
    wealthRows.push([String(wealth.steps), wealth.gini().toFixed(3), String(richest), String(broke)]);
  };
  addWealthRow();
  for (let s = 1; s <= boltzmannSteps; s++) {
    wealth.runSteps(1);
    if (s % 10 === 0 || s === boltzmannSteps) addWealthRow();
  }
  out.push(table(["step", "gini", "richest", "broke"], wealthRows), "");

  const town = new Schelling({ width: 40, height: 40, density: 0.625, homophily: 0.4, radius: 1, seed });
  out.push(
    `Schelling segregation (seed ${seed}): ${town.residents.size} residents of two groups on a 40 x 40 grid.`,
    "A resident moves to a random empty cell when under 40% of its neighbours are like it.",
    "Mild preferences end in strong segregation: the share of like neighbours climbs well above 50%.",
    "",
  );
  const townRows: string[][] = [];
  const addTownRow = () => {
    const happy = town.datacollector.column("pct_happy").at(-1) as number;
    townRows.push([String(town.steps), `${(town.similarShare() * 100).toFixed(1)}%`, `${happy.toFixed(1)}%`]);
  };
  addTownRow();
  for (let s = 1; s <= schellingSteps && town.running; s++) {
    town.runSteps(1);
    addTownRow();
  }
  out.push(table(["step", "like neighbours", "happy"], townRows));
  if (!town.running) out.push(`Everyone is happy after ${town.steps} steps; the model stopped.`);
  return out.join("\n");
}
