/**
 * Draws the dashboard's sensitivity chart of one measure as an SVG file, from a
 * sensitivity table: the figures of docs/sensitivity.md.
 *
 *   npx tsx scripts/sensitivity-figure.ts <sensitivity.csv> <metric> <out.svg>
 *
 * The spec is the Sensitivity page's own (viz/sensitivity/sensitivity-specs.ts), rendered
 * headless by vega, so the docs show what the page shows.
 */
import { readFileSync, writeFileSync } from "node:fs";
import * as vega from "vega";
import { compile } from "vega-lite";
import { readSensitivityTable } from "../viz/sensitivity/sensitivity-data.ts";
import { morrisRows, morrisSpec, sobolRows, sobolSpec } from "../viz/sensitivity/sensitivity-specs.ts";
import { chartScale, shippedMeasureUnit } from "../viz/shared/measure-units.ts";
import { metricLabel } from "../viz/shared/metric-labels.ts";

const [file, metric, out] = process.argv.slice(2);
if (!file || !metric || !out) {
  console.error("usage: npx tsx scripts/sensitivity-figure.ts <sensitivity.csv> <metric> <out.svg>");
  process.exit(2);
}
const bytes = readFileSync(file);
const table = await readSensitivityTable(file, bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
const rows = table.rows.filter((r) => r.metric === metric);
if (rows.length === 0) {
  console.error(`no rows for metric "${metric}" in ${file}; it has ${table.metrics.join(", ")}`);
  process.exit(1);
}
const morris = rows[0].method === "morris";
const label = metricLabel(metric);
const unit = shippedMeasureUnit(metric);
const spec = {
  $schema: "https://vega.github.io/schema/vega-lite/v6.json",
  width: 520,
  title: morris ? `Morris screening: ${label}` : `Sobol' indices: ${label}`,
  config: { font: "sans-serif", axis: { labelFontSize: 12, titleFontSize: 12 }, view: { stroke: "#d0d5db" } },
  ...(morris ? morrisSpec(label, unit.display.differenceUnit) : sobolSpec(label)),
  data: { name: "table", values: morris ? morrisRows(rows, chartScale(unit)) : sobolRows(rows) },
};
const view = new vega.View(vega.parse(compile(spec as never).spec), { renderer: "none" });
writeFileSync(out, await view.toSVG());
console.error(`wrote ${out}`);
