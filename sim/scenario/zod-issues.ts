/**
 * Turns zod issues into diagnostics: a message from `messages.ts` and the position of the
 * offending YAML node. Unknown keys point at the key, missing keys at their parent map,
 * everything else at the value.
 */
import type { z } from "zod";
import type { Diagnostic } from "./diagnostic.ts";
import { MAX_DIAGNOSTICS } from "./limits.ts";
import { messages } from "./messages.ts";
import { objectKeys, paramAt, schemaAt } from "./schema-walk.ts";
import { closestName } from "./suggest.ts";
import type { Target } from "./yaml-source.ts";

type Segment = string | number;

/** Finds where `path` is written: which file, which line and column. */
export type Locator = (path: readonly Segment[], target: Target) => { file: string; line: number; column: number };

/** The value at `path` in plain data, or undefined. */
export function getPath(data: unknown, path: readonly Segment[]): unknown {
  let cur = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string, unknown>)[seg as string];
  }
  return cur;
}

const EXPECTED_WORDS: Record<string, string> = { object: "map", record: "map", array: "list", int: "integer" };

/**
 * One diagnostic per problem (an issue with several unknown keys gives one per key).
 * `root` is the schema the data was checked against, for key suggestions and ranges.
 */
export function issuesToDiagnostics(issues: readonly z.core.$ZodIssue[], data: unknown, locate: Locator, root: z.core.$ZodType): Diagnostic[] {
  const out: Diagnostic[] = [];
  const push = (code: string, message: string, path: Segment[], target: Target = "value") => {
    // Locating costs a walk down the document; past the reporting cap it is wasted.
    if (out.length <= MAX_DIAGNOSTICS) out.push({ code, message, path, ...locate(path, target) });
  };
  for (const issue of issues) {
    if (out.length > MAX_DIAGNOSTICS) break;
    const path = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p)) as Segment[];
    const value = getPath(data, path);
    switch (issue.code) {
      case "unrecognized_keys": {
        const parent = schemaAt(path, root);
        const valid = (parent && objectKeys(parent)) ?? [];
        for (const key of issue.keys) {
          if (out.length > MAX_DIAGNOSTICS) break;
          push("unknown-key", messages.unknownKey(key, closestName(key, valid), valid), [...path, key], "key");
        }
        break;
      }
      case "invalid_type": {
        if (value === undefined) {
          push("missing-key", messages.missingKey(String(path[path.length - 1] ?? "")), path);
        } else if (issue.expected === "int" && typeof value === "number") {
          push("not-integer", messages.notInteger(value), path);
        } else {
          push("wrong-type", messages.wrongType(EXPECTED_WORDS[issue.expected] ?? issue.expected, value), path);
        }
        break;
      }
      case "too_small":
      case "too_big": {
        if (issue.origin === "number" && typeof value === "number") {
          const info = paramAt(path, root);
          const bound = Number(issue.code === "too_small" ? issue.minimum : issue.maximum);
          const range =
            info && info.kind !== "other"
              ? info
              : issue.code === "too_small"
                ? { min: bound, minExclusive: !issue.inclusive }
                : { max: bound, maxExclusive: !issue.inclusive };
          push("out-of-range", messages.outOfRange(value, { ...range, int: info?.kind === "integer" }), path);
        } else {
          push("out-of-range", messages.tooShort(value, Number(issue.code === "too_small" ? issue.minimum : 1)), path);
        }
        break;
      }
      case "invalid_value": {
        const allowed = issue.values.map((v) => String(v));
        push("bad-enum", messages.badEnum(value, issue.values, typeof value === "string" ? closestName(value, allowed) : undefined), path);
        break;
      }
      case "custom": {
        const code = typeof issue.params?.code === "string" ? issue.params.code : "invalid";
        push(code, issue.message, path);
        break;
      }
      case "invalid_union": {
        // Name every accepted type when each alternative failed on type alone.
        const expected = issue.errors.map((alt) => (alt.length === 1 && alt[0].code === "invalid_type" ? alt[0].expected : undefined));
        if (expected.every((e) => e !== undefined)) {
          const words = [...new Set(expected.map((e) => EXPECTED_WORDS[e!] ?? e!))];
          push("wrong-type", messages.wrongType(words.join(" or "), value), path);
        } else push("invalid", messages.invalid(issue.message), path);
        break;
      }
      default:
        push("invalid", messages.invalid(issue.message), path);
    }
  }
  return out;
}
