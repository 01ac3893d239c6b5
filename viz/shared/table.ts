/**
 * An accessible data table (caption, column headers, row headers) with a CSV export of
 * the exact numbers behind it. Cells are text only.
 */
import { el, button } from "./dom.ts";
import { downloadText, toCsv, slug } from "./download.ts";

export interface Column<R> {
  key: string;
  label: string;
  /** What a cell shows: text, or [main text, secondary text] (e.g. an interval under a mean). */
  cell(row: R): string | [string, string];
  /** The raw value(s) written to CSV under this column (default: the cell text). */
  csv?(row: R): Record<string, unknown>;
  /** A CSS class for the cell. */
  className?(row: R): string;
}

/** Builds the table; the first column is the row header. */
export function dataTable<R>(caption: string, columns: Column<R>[], rows: R[]): HTMLElement {
  const table = el("table", { class: "data" }, el("caption", {}, caption));
  const head = el("tr", {});
  for (const c of columns) head.append(el("th", { scope: "col" }, c.label));
  table.append(el("thead", {}, head));
  const body = el("tbody", {});
  for (const r of rows) {
    const tr = el("tr", {});
    columns.forEach((c, i) => {
      const v = c.cell(r);
      const content = Array.isArray(v) ? [el("span", {}, v[0]), el("span", { class: "ci" }, v[1])] : [v];
      const cell = i === 0 ? el("th", { scope: "row" }, ...content) : el("td", {}, ...content);
      const cls = c.className?.(r);
      if (cls) cell.className = cls;
      tr.append(cell);
    });
    body.append(tr);
  }
  table.append(body);
  const exportCsv = () => {
    const out = rows.map((r) => {
      const o: Record<string, unknown> = {};
      for (const c of columns) {
        if (c.csv) Object.assign(o, c.csv(r));
        else {
          const v = c.cell(r);
          o[c.label] = Array.isArray(v) ? `${v[0]} ${v[1]}` : v;
        }
      }
      return o;
    });
    const cols = Object.keys(out[0] ?? {});
    downloadText(toCsv(cols, out), `${slug(caption)}.csv`, "text/csv");
  };
  return el(
    "div",
    { class: "table-block" },
    el("div", { class: "table-wrap" }, table),
    button("Download table as CSV", exportCsv, { class: "csv-button" }),
  );
}
