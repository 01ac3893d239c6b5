/**
 * Vite configuration of the dashboard. The root is this folder (viz/); the build goes to
 * viz/dist. The engine Worker (workers/browser-engine.ts) and the scenario library
 * (scenarios/*.yaml) live outside the root, so the dev server may read the whole repo.
 * `base: "./"` keeps the build relocatable (served from any path, or opened from a file
 * server), and nothing is fetched from a CDN: the dashboard works offline once loaded.
 */
import { defineConfig } from "vite";
import { fileURLToPath } from "node:url";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

const vizRoot = fileURLToPath(new URL(".", import.meta.url));
const repoRoot = fileURLToPath(new URL("..", import.meta.url));

/** The commit the page was built from, shown in reports and saved files ("unknown" outside git). */
function commitOf(dir: string): string {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "unknown";
  }
}
const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };

export default defineConfig({
  define: {
    __DOORSTEP_VERSION__: JSON.stringify(pkg.version),
    __DOORSTEP_COMMIT__: JSON.stringify(commitOf(repoRoot)),
  },
  root: vizRoot,
  base: "./",
  publicDir: false,
  server: { host: "127.0.0.1", fs: { allow: [repoRoot] } },
  preview: { host: "127.0.0.1", port: 4173 },
  worker: { format: "es" },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    chunkSizeWarningLimit: 2500,
  },
});
