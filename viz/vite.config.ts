/**
 * Vite configuration of the dashboard. The root is this folder (viz/); the build goes to
 * viz/dist. The engine Worker (workers/browser-engine.ts) and the scenario library
 * (scenarios/*.yaml) live outside the root, so the dev server may read the whole repo.
 * `base: "./"` keeps the build relocatable (served from any path, or opened from a file
 * server), and nothing is fetched from a CDN: the dashboard works offline once loaded.
 */
import { defineConfig } from "vite";
import { fileURLToPath } from "node:url";

const vizRoot = fileURLToPath(new URL(".", import.meta.url));
const repoRoot = fileURLToPath(new URL("..", import.meta.url));

export default defineConfig({
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
