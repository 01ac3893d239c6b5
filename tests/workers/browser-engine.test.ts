/**
 * The engine in a browser module Worker (Chromium, through comlink) gives byte-identical
 * output to the same engine on the page's main thread and to Node's main thread, on the
 * real surveillance model (a small town, a few days). The page is workers/test-page/,
 * served by vite.
 *
 * Needs Chromium (CHROMIUM_PATH, default /usr/bin/chromium). Where it is missing the test
 * is skipped with one line saying so, so `npm test` passes with Node alone; with
 * DOORSTEP_REQUIRE_BROWSER=1 (as in .ci/run) a missing Chromium is a failure.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium, type Browser } from "playwright-core";
import { createServer, type ViteDevServer } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { domainFactory } from "../../workers/domain-factory.ts";
import { createEngine } from "../../workers/engine.ts";
import { canonicalJson } from "../../workers/test-page/canonical-json.ts";
import { driveEngine } from "../../workers/test-page/drive-engine.ts";
import { SMALL_TOWN } from "../fixtures/workers/small-town.ts";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const REQUIRE_BROWSER = process.env.DOORSTEP_REQUIRE_BROWSER === "1";
const SKIP = !HAVE_CHROMIUM && !REQUIRE_BROWSER;

if (SKIP) {
  console.warn(
    `skipped: the engine in a browser Worker (no Chromium at ${CHROMIUM}); to run it, apt-get install chromium (or set CHROMIUM_PATH) and run npm test again`,
  );
}

let server: ViteDevServer;
let browser: Browser;

beforeAll(async () => {
  if (SKIP) return;
  if (!HAVE_CHROMIUM) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}, and DOORSTEP_REQUIRE_BROWSER=1 requires the browser tests; install it (apt-get install chromium) or set CHROMIUM_PATH`,
    );
  }
  server = await createServer({ root: ROOT, configFile: false, logLevel: "error", server: { host: "127.0.0.1", port: 0 } });
  await server.listen();
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.skipIf(SKIP)("engine in a browser Worker", () => {
  it("agrees byte for byte with the page's main thread and with Node", async () => {
    const address = server.httpServer!.address();
    const port = typeof address === "object" && address ? address.port : 0;
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`http://127.0.0.1:${port}/workers/test-page/index.html`);
    await page.waitForSelector("body[data-ready=true]", { timeout: 60_000 });
    const opts = { seed: 21, days: 2 };
    const result = await page.evaluate(([yaml, o]) => window.runHostCheck(yaml, o), [SMALL_TOWN, opts] as const);
    const node = canonicalJson(await driveEngine(createEngine(domainFactory), SMALL_TOWN, opts));
    expect(errors).toEqual([]);
    expect(result.worker.length).toBeGreaterThan(1000);
    expect(result.worker).toBe(result.main);
    expect(result.worker).toBe(node);
  }, 120_000);
});
