/**
 * Reading the scenario's JSON Schema (exportJsonSchema) by key path, for the YAML editor's
 * completion and hover: which keys a mapping accepts, and what a key means.
 */

/** A node of a JSON Schema (only the parts the editor reads). */
export interface SchemaNode {
  type?: string | string[];
  description?: string;
  unit?: string;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: boolean | SchemaNode;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  allOf?: SchemaNode[];
}

/** The alternatives a node stands for (its anyOf/oneOf/allOf branches, or itself). */
function branches(node: SchemaNode): SchemaNode[] {
  const alts = [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])];
  return alts.length > 0 ? alts.flatMap(branches) : [node];
}

/** The schema of the value at `path` ("[]" steps into list items); null where the schema says nothing. */
export function schemaAt(root: SchemaNode, path: readonly string[]): SchemaNode | null {
  let nodes: SchemaNode[] = [root];
  for (const seg of path) {
    const next: SchemaNode[] = [];
    for (const n of nodes.flatMap(branches)) {
      if (seg === "[]") {
        if (n.items) next.push(n.items);
      } else if (n.properties && Object.hasOwn(n.properties, seg)) next.push(n.properties[seg]);
      else if (typeof n.additionalProperties === "object") next.push(n.additionalProperties);
    }
    if (next.length === 0) return null;
    nodes = next;
  }
  return nodes.length === 1 ? nodes[0] : { anyOf: nodes };
}

/** A key a mapping accepts, with what to show beside it. */
export interface KeyOption {
  key: string;
  detail: string;
  info: string;
}

/** One line saying what a value is: type, unit, range, default. */
export function describeValue(node: SchemaNode): string {
  const alts = branches(node);
  const words: Record<string, string> = { object: "a group of settings", array: "a list" };
  const types = [
    ...new Set(alts.flatMap((a) => (a.enum ? [`one of ${a.enum.map(String).join(", ")}`] : a.type ? [a.type].flat().map((t) => words[t] ?? t) : []))),
  ];
  const parts = [types.join(" or ")];
  const n = alts.find((a) => a.minimum !== undefined || a.maximum !== undefined);
  if (n) parts.push(`${n.minimum ?? "…"} to ${n.maximum ?? "…"}`);
  if (node.unit) parts.push(node.unit);
  if (node.default !== undefined && typeof node.default !== "object") parts.push(`default ${String(node.default)}`);
  return parts.filter((p) => p !== "").join(", ");
}

/** Keys the mapping at `path` accepts, in schema order. */
export function keysAt(root: SchemaNode, path: readonly string[]): KeyOption[] {
  const node = schemaAt(root, path);
  if (!node) return [];
  const out: KeyOption[] = [];
  const seen = new Set<string>();
  for (const b of branches(node)) {
    for (const [key, child] of Object.entries(b.properties ?? {})) {
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ key, detail: describeValue(child), info: child.description ?? "" });
    }
  }
  return out;
}
