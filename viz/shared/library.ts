/**
 * The scenario library shipped in scenarios/*.yaml, bundled into the page as text, and
 * the default scenario the dashboard opens on.
 */
import { parse as parseYaml } from "yaml";

export interface LibraryEntry {
  /** File name without extension, e.g. "baseline"; used in URLs. */
  id: string;
  fileName: string;
  text: string;
  /** `name:` of the scenario, or the id. */
  title: string;
  /** `description:` of the scenario, or "". */
  description: string;
}

const files = import.meta.glob("../../scenarios/*.yaml", {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

function entryOf(path: string, text: string): LibraryEntry {
  const fileName = path.split("/").pop() ?? path;
  const id = fileName.replace(/\.ya?ml$/, "");
  let title = id;
  let description = "";
  try {
    const doc = parseYaml(text) as Record<string, unknown> | null;
    if (doc && typeof doc.name === "string") title = doc.name;
    if (doc && typeof doc.description === "string") description = doc.description.trim();
  } catch {
    // A broken library file still appears; loading it shows its diagnostics.
  }
  return { id, fileName, text, title, description };
}

/** Every library scenario, sorted with the baseline first. */
export const LIBRARY: LibraryEntry[] = Object.entries(files)
  .map(([p, t]) => entryOf(p, t))
  .sort((a, b) => (a.id === "baseline" ? -1 : b.id === "baseline" ? 1 : a.id.localeCompare(b.id)));

/** The scenario the dashboard opens on. */
export const DEFAULT_SCENARIO_ID = LIBRARY.some((e) => e.id === "baseline") ? "baseline" : (LIBRARY[0]?.id ?? "");

export function findScenario(id: string | null): LibraryEntry | undefined {
  return id ? LIBRARY.find((e) => e.id === id) : undefined;
}
