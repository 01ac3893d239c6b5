/** docs/sources.md as bundled into the dashboard (vite `?raw` import), parsed once. */
import sourcesMarkdown from "../../docs/sources.md?raw";
import { parseSources } from "./sources.ts";

/** Every entry of docs/sources.md by key. */
export const BIBLIOGRAPHY = parseSources(sourcesMarkdown);
