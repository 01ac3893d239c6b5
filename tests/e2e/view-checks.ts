/**
 * Browser checks of the round trip between Explore's controls, its YAML editor, a saved
 * file and Compare, and of every page at a phone's width.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { parseScenario } from "../../sim/index.ts";
import { assert, until, type Check } from "./e2e-helpers.ts";

const fixture = fileURLToPath(new URL("./fixtures/runs.csv", import.meta.url));
const editorText = async (page: Page) => (await page.locator(".yaml-editor .cm-content").textContent()) ?? "";
async function exploreStatus(page: Page, status: string): Promise<void> {
  try {
    await page.waitForFunction((s) => document.querySelector(".page.explore")?.getAttribute("data-status") === s, status, {
      timeout: 60_000,
      polling: 100,
    });
  } catch {
    throw new Error(`timed out after 60 s waiting for Explore to be ${status}`);
  }
}

/** The page's own width against its content's: a phone must not scroll sideways. */
async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

export function viewChecks(base: () => string): Check[] {
  return [
    {
      name: "The YAML editor follows the controls; Download YAML and Compare carry the scenario",
      async run(page) {
        await page.goto(`${base()}#/explore?scenario=baseline&seed=2&days=3&set.neighbourhood.households=300&set.residents.initialCameraShare=0.35`);
        await exploreStatus(page, "done");
        await page.locator("details.yaml-box > summary").click();
        const shown = await editorText(page);
        assert(
          shown.includes("initialCameraShare: 0.35") && shown.includes("households: 300"),
          `the editor does not show the changes: ${shown.slice(0, 400)}`,
        );
        assert(shown.includes("# Baseline"), "the editor lost the file's comments");

        const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download YAML" }).click()]);
        assert(download.suggestedFilename() === "baseline-edited.yaml", `file name ${download.suggestedFilename()}`);
        const saved = readFileSync(await download.path(), "utf8");
        assert(/^# Saved from the Doorstep dashboard \S+ \(\w+\) on \d{4}-\d\d-\d\d\./.test(saved), `no header: ${saved.slice(0, 200)}`);
        assert(saved.includes("residents.initialCameraShare = 0.35"), "the header does not list the change");
        const parsed = parseScenario(saved, { fileName: "baseline-edited.yaml" });
        assert(parsed.ok && parsed.scenario.residents.initialCameraShare === 0.35, "the saved file does not load with the change");

        await page.getByRole("link", { name: "Compare this with other policies…" }).click();
        await page.locator(".page.compare").waitFor();
        const url = new URL(page.url().replace("#/compare?", "?"));
        assert(url.searchParams.get("base") === "baseline", `Compare's base: ${page.url()}`);
        assert(url.searchParams.get("set.residents.initialCameraShare") === "0.35", `Compare lost the change: ${page.url()}`);
        const note = (await page.locator(".page.compare form .help").last().textContent()) ?? "";
        assert(note.includes("residents.initialCameraShare = 0.35"), `Compare does not say what changed: ${note}`);
      },
    },
    {
      name: "The YAML editor completes keys, explains them and marks errors inline",
      async run(page) {
        await page.goto(`${base()}#/explore?set.neighbourhood.households=300&days=2`);
        await exploreStatus(page, "done");
        await page.locator("details.yaml-box > summary").click();
        const content = page.locator(".yaml-editor .cm-content");
        await content.fill("name: mine\ncameras:\n  fov");
        await page.keyboard.press("Control+Space");
        const option = page.locator(".cm-tooltip-autocomplete li", { hasText: "fovDeg" });
        await option.first().waitFor({ timeout: 5_000 });
        // CodeMirror ignores Enter in the first 75 ms after the list opens (interactionDelay).
        await page.waitForTimeout(200);
        await page.keyboard.press("Enter");
        await page.keyboard.type("200");
        await page.locator(".yaml-editor .cm-lintRange-error").first().waitFor({ timeout: 5_000 });
        const text = await editorText(page);
        assert(text.includes("fovDeg: 200"), `completion did not insert the key: ${text}`);
        // A hover tooltip opens on a mouse move over the mark: move away first, so the hover
        // is a move even if the pointer already rests there, and hover again if it has not opened.
        const mark = page.locator(".yaml-editor .cm-lintRange-error").first();
        const tooltip = page.locator(".cm-tooltip-lint").first();
        for (let attempt = 0; attempt < 3 && !(await tooltip.isVisible()); attempt++) {
          await page.mouse.move(0, 0);
          await mark.hover();
          await tooltip.waitFor({ timeout: 3_000 }).catch(() => undefined);
        }
        const tip = (await tooltip.textContent({ timeout: 5_000 })) ?? "";
        assert(/\.yaml:3:\d+/.test(tip) && tip.includes("180"), `the inline mark does not carry the loader's message: ${tip}`);
        await page.mouse.move(0, 0);
        await page.locator(".yaml-editor .cm-line", { hasText: "cameras:" }).hover({ position: { x: 10, y: 5 } });
        const help = (await page.locator(".yaml-hover").first().textContent({ timeout: 5_000 })) ?? "";
        assert(help.startsWith("cameras") && help.length > 20, `no hover help for a key: ${help}`);
      },
    },
    {
      name: "Compare keeps the order of the policies and takes a scenario of the user's own",
      async run(page) {
        await page.goto(`${base()}#/compare?policies=direct-requests,none&reps=2&seed=3&days=5`);
        await page.locator(".page.compare").waitFor();
        await page.getByLabel("portal-partnership", { exact: true }).check();
        assert(page.url().includes("policies=direct-requests%2Cnone%2Cportal-partnership"), `order lost: ${page.url()}`);
        await page.goto(`${base()}#/explore?set.neighbourhood.households=300&days=2`);
        await exploreStatus(page, "done");
        await page.locator("details.yaml-box > summary").click();
        await page.locator(".yaml-editor .cm-content").fill("name: my-town\nneighbourhood:\n  households: 250\nrun:\n  days: 2\n");
        await page.getByRole("button", { name: "Check and load this YAML" }).click();
        await exploreStatus(page, "done");
        await page.getByRole("link", { name: "Compare this with other policies…" }).click();
        const base0 = page.getByLabel("Neighbourhood (base scenario)");
        await base0.waitFor();
        const chosen = await base0.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent ?? "");
        assert(chosen.startsWith("Your scenario from Explore"), `Compare's base is ${chosen}`);
      },
    },
    {
      name: "Compare's report states what was run and how to reproduce it, and prints without the controls",
      async run(page) {
        await page.goto(`${base()}#/compare?policies=none,direct-requests&reps=2&seed=5&days=3&set.neighbourhood.households=300&until=0&run=1`);
        await until(page, () => document.querySelector(".page.compare")?.getAttribute("data-status") === "done", 120_000, "the comparison");
        await page.getByRole("button", { name: "Report" }).click();
        const head = page.locator(".report-head");
        await head.waitFor();
        const text = (await head.textContent()) ?? "";
        for (const want of [
          "Comparison of 2 partnership policies",
          "none, direct-requests (the first is the reference)",
          "commit",
          "neighbourhood.households",
        ])
          assert(text.includes(want), `the report lacks "${want}": ${text.slice(0, 600)}`);
        const command = (await page.locator(".report-command").textContent()) ?? "";
        assert(
          command === "npx doorstep compare none.yaml direct-requests.yaml --replications 2 --seed 5 --days 3 --set neighbourhood.households=300",
          `reproduction command: ${command}`,
        );
        assert(!(await page.locator(".page.compare form.panel").isVisible()), "the settings form shows in the report");
        await page.emulateMedia({ media: "print" });
        assert(!(await page.locator(".report-actions").isVisible()), "the report's buttons would print");
        assert(await page.locator("table.data").first().isVisible(), "the headline table would not print");
        const pdf = await page.pdf({ format: "A4", printBackground: true });
        assert(pdf.subarray(0, 5).toString() === "%PDF-" && pdf.length > 20_000, `the PDF is ${pdf.length} bytes`);
        await page.emulateMedia({ media: "screen" });
        await page.getByRole("button", { name: "Back to the page" }).click();
        assert(await page.locator(".page.compare form.panel").isVisible(), "the form did not come back");
      },
    },
    {
      name: "Every page fits a phone's width (390 px) without sideways scrolling",
      async run(page) {
        await page.setViewportSize({ width: 390, height: 844 });
        await page.goto(`${base()}#/explore?set.neighbourhood.households=300&days=2`);
        await exploreStatus(page, "done");
        assert((await sidewaysOverflow(page)) <= 0, `Explore is ${await sidewaysOverflow(page)} px too wide`);
        await page.goto(`${base()}#/compare?policies=none,direct-requests&reps=2&seed=5&days=3&set.neighbourhood.households=300&until=0&run=1`);
        await until(page, () => document.querySelector(".page.compare")?.getAttribute("data-status") === "done", 120_000, "the comparison");
        assert((await sidewaysOverflow(page)) <= 0, `Compare's results are ${await sidewaysOverflow(page)} px too wide`);
        await page.goto(`${base()}#/sweeps`);
        await page.locator('.page.sweeps input[type="file"]').setInputFiles(fixture);
        await until(
          page,
          () => Number(document.querySelector('figure[data-chart="response"]')?.getAttribute("data-rows") ?? 0) > 0,
          20_000,
          "the sweep",
        );
        assert((await sidewaysOverflow(page)) <= 0, `Sweeps is ${await sidewaysOverflow(page)} px too wide`);
        await page.goto(`${base()}#/learn`);
        await page.locator(".lesson").first().waitFor();
        assert((await sidewaysOverflow(page)) <= 0, `Learn is ${await sidewaysOverflow(page)} px too wide`);
      },
    },
    {
      name: "A link's value a page cannot use is said on the page, not replaced in silence",
      async run(page) {
        const alertText = async () => (await page.locator("main [role=alert]").allTextContents()).join(" ");
        const cases: [string, RegExp][] = [
          ["#/explore?scenario=portal-partnershp&days=2&set.neighbourhood.households=300", /scenario=portal-partnershp was ignored/],
          ["#/compare?policies=none,bogus&reps=0&run=1", /bogus are not policies.*reps=0 was ignored/],
          ["#/nowhere?seed=2", /page "nowhere" that does not exist/],
          [
            "#/learn?lesson=no-such-lesson&days=3&predict=anything",
            /lesson=no-such-lesson was ignored.*predict=anything was ignored.*days=3 was ignored/,
          ],
        ];
        for (const [hash, expected] of cases) {
          // A fresh document each time: a hash change alone would leave the last page's message up a moment.
          await page.goto("about:blank");
          await page.goto(`${base()}${hash}`);
          // Waits for the expected words themselves, so no earlier message can be read instead.
          const seen = await page
            .waitForFunction(
              (source) => new RegExp(source).test([...document.querySelectorAll("main [role=alert]")].map((e) => e.textContent).join(" ")),
              expected.source,
              { timeout: 20_000, polling: 100 },
            )
            .then(() => true)
            .catch(() => false);
          const text = await alertText();
          assert(seen, `${hash}: after 20 s the page says "${text}"`);
        }
        // Compare does not start a run from a link it could not read in full.
        await page.goto("about:blank");
        await page.goto(`${base()}#/compare?policies=none,bogus&reps=0&run=1`);
        await page.waitForTimeout(1000);
        const status = await page.locator(".page.compare").getAttribute("data-status");
        assert(status !== "running" && status !== "done", `Compare ran from a link it could not read (status ${status})`);
        // A lesson's prediction from a bad link is not taken: the run waits for one.
        await page.goto("about:blank");
        await page.goto(`${base()}#/learn?lesson=fear&predict=anything`);
        await page.getByRole("button", { name: "Run the scenario" }).waitFor();
        assert(await page.getByRole("button", { name: "Run the scenario" }).isDisabled(), "a prediction that is not a choice enabled the run");
      },
    },
  ];
}
