/**
 * External designs (`sampler: design`): a CSV file made in SALib, R or a spreadsheet, one
 * column per parameter path and one row per parameter set, checked like every other input.
 * Each problem is a diagnostic at the design file's line:column, naming the row (1 = the
 * first row after the header) and the column.
 *
 * The CSV reader is hand-written rather than taken from d3-dsv because diagnostics need
 * the line and column where every field starts, which no maintained CSV parser reports.
 * It reads RFC 4180: comma-separated, fields optionally in double quotes ("" inside quotes
 * is a quote), lines ending in \n or \r\n; blank lines are skipped.
 */
import type { z } from "zod";
import type { ParamValue } from "../core/index.ts";
import type { Diagnostic } from "./diagnostic.ts";
import { messages } from "./messages.ts";
import { paramAt, paramPaths } from "./schema-walk.ts";
import { SECTIONS } from "./schema.ts";
import { closestName } from "./suggest.ts";
import { issuesToDiagnostics } from "./zod-issues.ts";

/** One CSV field with where it starts (1-based). */
interface Field {
  text: string;
  line: number;
  column: number;
}

/** A validated design: its columns (parameter paths) and rows. */
export interface DesignTable {
  columns: string[];
  rows: Record<string, ParamValue>[];
}

export type DesignResult = { ok: true; design: DesignTable } | { ok: false; diagnostics: Diagnostic[] };

/** The records of a CSV text, each a list of fields with their positions. */
function csvRecords(text: string): Field[][] {
  const records: Field[][] = [];
  let record: Field[] = [];
  let line = 1;
  let col = 1;
  let i = 0;
  const n = text.length;
  let atRecordStart = true;
  while (i < n || (!atRecordStart && i === n)) {
    const field: Field = { text: "", line, column: col };
    if (text[i] === '"') {
      i++;
      col++;
      while (i < n) {
        if (text[i] === '"' && text[i + 1] === '"') {
          field.text += '"';
          i += 2;
          col += 2;
        } else if (text[i] === '"') {
          i++;
          col++;
          break;
        } else {
          if (text[i] === "\n") [line, col] = [line + 1, 0];
          field.text += text[i++];
          col++;
        }
      }
    }
    while (i < n && text[i] !== "," && text[i] !== "\n" && text[i] !== "\r") {
      field.text += text[i++];
      col++;
    }
    record.push(field);
    atRecordStart = false;
    if (text[i] === ",") {
      i++;
      col++;
      continue;
    }
    if (text[i] === "\r") i++;
    i++;
    line++;
    col = 1;
    if (!(record.length === 1 && record[0].text.trim() === "")) records.push(record);
    record = [];
    atRecordStart = true;
  }
  return records;
}

/** A cell's text as the value a YAML sweep would give: a number, true/false, or the text. */
function cellValue(text: string): ParamValue {
  const t = text.trim();
  if (t !== "" && Number.isFinite(Number(t))) return Number(t);
  if (t === "true" || t === "false") return t === "true";
  return t;
}

/**
 * Reads and validates a design file's text. `file` names it in diagnostics.
 *
 * @example
 * ```ts
 * const r = readDesign("cameras.adoption,police.responseMinutes\n0.2,10\n0.4,12\n", "design.csv");
 * if (r.ok) r.design.rows; // [{ "cameras.adoption": 0.2, ... }, ...]
 * ```
 */
export function readDesign(text: string, file: string): DesignResult {
  const records = csvRecords(text);
  const out: Diagnostic[] = [];
  const at = (f: Field | { line: number; column: number }, code: string, message: string, path: (string | number)[]): Diagnostic => ({
    code,
    message,
    path,
    file,
    line: f.line,
    column: f.column,
  });
  if (records.length < 2) return { ok: false, diagnostics: [at({ line: 1, column: 1 }, "design-empty", messages.designEmpty(), [])] };
  const header = records[0];
  const columns = header.map((f) => f.text.trim());
  const infos = columns.map((path, c) => {
    const info = path.split(".")[0] in SECTIONS ? paramAt(path.split(".")) : undefined;
    if (columns.indexOf(path) !== c) out.push(at(header[c], "design-duplicate-column", messages.designDuplicateColumn(path), [path]));
    else if (!info) {
      const known = paramPaths().map((p) => p.path);
      out.push(at(header[c], "unknown-param", messages.unknownParam(path, closestName(path, known)), [path]));
    } else if (info.kind === "map" || info.kind === "other") {
      out.push(at(header[c], "not-a-param", messages.notAParam(path, paramPaths().find((p) => p.path.startsWith(path + "."))?.path), [path]));
    } else return info;
    return undefined;
  });
  const rows: Record<string, ParamValue>[] = [];
  for (let r = 1; r < records.length; r++) {
    const rec = records[r];
    if (rec.length !== columns.length) {
      out.push(
        at(rec[Math.min(rec.length - 1, columns.length)], "design-row-length", messages.designRowLength(r, columns.length, rec.length), [
          "design",
          r,
        ]),
      );
      continue;
    }
    const row: Record<string, ParamValue> = {};
    rec.forEach((f, c) => {
      const info = infos[c];
      const value = cellValue(f.text);
      row[columns[c]] = value;
      if (!info) return;
      if (value === "") {
        out.push(at(f, "missing-value", messages.designCell(r, columns[c], messages.designMissing()), ["design", r, columns[c]]));
        return;
      }
      const parsed = (info.schema as z.ZodType).safeParse(value);
      if (parsed.success) return;
      for (const d of issuesToDiagnostics(parsed.error.issues, value, () => ({ file, line: f.line, column: f.column }), info.schema)) {
        out.push({ ...d, message: messages.designCell(r, columns[c], d.message), path: ["design", r, columns[c]] });
      }
    });
    rows.push(row);
  }
  if (out.length > 0) return { ok: false, diagnostics: out };
  return { ok: true, design: { columns, rows } };
}
