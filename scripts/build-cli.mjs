/**
 * Compiles the `doorstep` CLI and its Node worker entries from TypeScript to JavaScript in
 * dist/, so the installed package runs without tsx or any other dev tool. Run by
 * `npm run build:cli`, by `prepack` (every `npm pack` / `npm publish`) and by `prepare`
 * (so `npm ci` in a checkout builds it too).
 *
 *   dist/doorstep.js      cli/main.ts (bin/doorstep.js imports it)
 *   dist/pool-worker.js   workers/pool-worker.ts (the sweep and compare worker pool)
 *   dist/node-engine.js   workers/node-engine.ts (the engine in a worker thread)
 *   dist/chunk-*.js       code shared by the entries, and each command's lazily imported module
 *   dist/build-inputs.json  the sources the build read, and when it started (see bin/doorstep.js)
 *
 * Everything is written flat into dist/, one level below the package root as cli/ is, so
 * the paths the code resolves from `import.meta.url` (`../package.json`, a worker entry
 * beside the running file) hold in both forms. npm dependencies stay external: they are
 * the package's "dependencies" and are installed beside it.
 *
 *   node scripts/build-cli.mjs                  # build; fails without esbuild
 *   node scripts/build-cli.mjs --if-available   # as `prepare`: skip with a note when esbuild
 *                                               # or the sources are not there
 *
 * The script ships in the package because npm runs `prepare` when a package is installed
 * from a git URL or a local folder or tarball: there, with no TypeScript sources beside
 * it, `--if-available` leaves the shipped dist/ as it is.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));
const dist = `${root}dist/`;

/** Entry points: output name in dist/ -> source. The worker names match `NodeWorkerName` (workers/spawn-node-worker.ts). */
const ENTRIES = {
  doorstep: "cli/main.ts",
  "pool-worker": "workers/pool-worker.ts",
  "node-engine": "workers/node-engine.ts",
};

const ifAvailable = process.argv.includes("--if-available");
if (ifAvailable && !existsSync(`${root}cli/main.ts`)) {
  process.stderr.write("build-cli: no TypeScript sources here (an installed package ships dist/ built); nothing to do\n");
  process.exit(0);
}

let esbuild;
try {
  esbuild = await import("esbuild");
} catch {
  if (ifAvailable) {
    process.stderr.write("build-cli: esbuild is not installed (an install without dev dependencies?); dist/ not built\n");
    process.exit(0);
  }
  process.stderr.write("build-cli: cannot load esbuild, a dev dependency; run npm ci (with dev dependencies) first\n");
  process.exit(1);
}

const started = Date.now();
rmSync(dist, { recursive: true, force: true });
const result = await esbuild.build({
  absWorkingDir: root,
  entryPoints: ENTRIES,
  outdir: dist,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "external",
  chunkNames: "chunk-[hash]",
  metafile: true,
  logLevel: "warning",
});
if (result.errors.length > 0) process.exit(1);

const inputs = [...Object.keys(result.metafile.inputs).filter((p) => !p.startsWith("node_modules/")), "scripts/build-cli.mjs"].sort();
mkdirSync(dist, { recursive: true });
writeFileSync(`${dist}build-inputs.json`, `${JSON.stringify({ started, inputs }, null, 1)}\n`);
const files = Object.keys(result.metafile.outputs).filter((p) => p.endsWith(".js")).length;
process.stderr.write(`build-cli: ${inputs.length} sources -> ${files} files in dist/ (${Date.now() - started} ms)\n`);
