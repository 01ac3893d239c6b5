/**
 * A minimal JSON Schema (2020-12 subset) validator for the tests: no ajv is installed.
 * It implements exactly the keywords our generated schemas use, and `unsupportedKeywords`
 * lists any other keyword, so a test can prove nothing is silently ignored.
 */

type Schema = Record<string, unknown>;

const ANNOTATIONS = new Set(["$schema", "$id", "title", "description", "default", "source", "unit", "$defs"]);
const KEYWORDS = new Set([
  "type",
  "enum",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "minLength",
  "minItems",
  "maxItems",
  "items",
  "properties",
  "additionalProperties",
  "required",
  "propertyNames",
  "$ref",
]);

/** Keywords found in `schema` (at schema positions) that this validator does not implement. */
export function unsupportedKeywords(schema: Schema): string[] {
  const out = new Set<string>();
  const visit = (s: unknown) => {
    if (typeof s !== "object" || s === null) return;
    const o = s as Schema;
    for (const k of Object.keys(o)) if (!ANNOTATIONS.has(k) && !KEYWORDS.has(k)) out.add(k);
    for (const sub of Object.values((o.properties as Record<string, unknown>) ?? {})) visit(sub);
    for (const sub of Object.values((o.$defs as Record<string, unknown>) ?? {})) visit(sub);
    visit(o.items);
    visit(o.propertyNames);
    if (typeof o.additionalProperties === "object") visit(o.additionalProperties);
  };
  visit(schema);
  return [...out];
}

function typeOf(v: unknown): string[] {
  if (v === null) return ["null"];
  if (Array.isArray(v)) return ["array"];
  if (typeof v === "number") return Number.isInteger(v) ? ["number", "integer"] : ["number"];
  return [typeof v];
}

/** Every violation of `schema` by `value`, as `path: problem`; empty when valid. */
export function validateJsonSchema(schema: Schema, value: unknown, root: Schema = schema, path = "$"): string[] {
  if (typeof schema.$ref === "string") {
    const m = /^#\/\$defs\/(.+)$/.exec(schema.$ref);
    if (!m) return [`${path}: unsupported $ref ${schema.$ref}`];
    return validateJsonSchema((root.$defs as Record<string, Schema>)[m[1]], value, root, path);
  }
  const errs: string[] = [];
  if (schema.type !== undefined) {
    const want = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
    if (!typeOf(value).some((t) => want.includes(t))) return [`${path}: expected ${want.join("|")}`];
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) errs.push(`${path}: not in enum`);
  if (typeof value === "number") {
    if (typeof schema.minimum === "number" && value < schema.minimum) errs.push(`${path}: below minimum`);
    if (typeof schema.maximum === "number" && value > schema.maximum) errs.push(`${path}: above maximum`);
    if (typeof schema.exclusiveMinimum === "number" && value <= schema.exclusiveMinimum) errs.push(`${path}: not above exclusiveMinimum`);
    if (typeof schema.exclusiveMaximum === "number" && value >= schema.exclusiveMaximum) errs.push(`${path}: not below exclusiveMaximum`);
  }
  if (typeof value === "string" && typeof schema.minLength === "number" && value.length < schema.minLength) errs.push(`${path}: too short`);
  if (Array.isArray(value)) {
    if (typeof schema.minItems === "number" && value.length < schema.minItems) errs.push(`${path}: too few items`);
    if (typeof schema.maxItems === "number" && value.length > schema.maxItems) errs.push(`${path}: too many items`);
    if (schema.items) value.forEach((v, i) => errs.push(...validateJsonSchema(schema.items as Schema, v, root, `${path}[${i}]`)));
  }
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    const obj = value as Record<string, unknown>;
    const props = (schema.properties as Record<string, Schema>) ?? {};
    for (const r of (schema.required as string[]) ?? []) if (!(r in obj)) errs.push(`${path}: missing ${r}`);
    for (const [k, v] of Object.entries(obj)) {
      if (schema.propertyNames) errs.push(...validateJsonSchema(schema.propertyNames as Schema, k, root, `${path}.${k}(name)`));
      if (k in props) errs.push(...validateJsonSchema(props[k], v, root, `${path}.${k}`));
      else if (schema.additionalProperties === false) errs.push(`${path}: unexpected property ${k}`);
      else if (typeof schema.additionalProperties === "object")
        errs.push(...validateJsonSchema(schema.additionalProperties as Schema, v, root, `${path}.${k}`));
    }
  }
  return errs;
}
