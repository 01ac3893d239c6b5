/**
 * The dashboard's entry: a hash router over five pages. Each page module is loaded on
 * first visit (vega and the map code stay out of pages that do not need them) and owns
 * the hash while it is shown.
 */
import { readRoute, type PageName } from "./shared/url-state.ts";
import { announce, el } from "./shared/dom.ts";
import type { MountPage, Page } from "./shared/page.ts";

const loaders: Record<PageName, () => Promise<MountPage>> = {
  explore: async () => (await import("./explore/explore-page.ts")).mountExplore,
  compare: async () => (await import("./compare/compare-page.ts")).mountCompare,
  sweeps: async () => (await import("./sweeps/sweeps-page.ts")).mountSweeps,
  sensitivity: async () => (await import("./sensitivity/sensitivity-page.ts")).mountSensitivity,
  learn: async () => (await import("./learn/learn-page.ts")).mountLearn,
};
const titles: Record<PageName, string> = {
  explore: "Explore",
  compare: "Compare policies",
  sweeps: "Sweeps",
  sensitivity: "Sensitivity",
  learn: "Learn",
};

const main = document.getElementById("main") as HTMLElement;
let current: { page: PageName; view: Page } | null = null;
let lastHash = "";
let navToken = 0;

async function route(): Promise<void> {
  // Pages rewrite the hash with replaceState; only real navigations reach here.
  if (location.hash === lastHash && current) return;
  const { page, params, unknownPage } = readRoute();
  const token = ++navToken;
  current?.view.unmount();
  current = null;
  document.body.classList.remove("report-mode");
  for (const a of document.querySelectorAll<HTMLAnchorElement>("nav a[data-page]")) {
    if (a.dataset.page === page) a.setAttribute("aria-current", "page");
    else a.removeAttribute("aria-current");
  }
  document.title = `${titles[page]} — Doorstep`;
  const mount = await loaders[page]();
  if (token !== navToken) return;
  current = { page, view: mount(main, params) };
  if (unknownPage !== null) {
    const name = unknownPage.length > 40 ? `${unknownPage.slice(0, 40)}…` : unknownPage;
    main.prepend(el("p", { class: "error-text", role: "alert" }, `The link asked for a page "${name}" that does not exist, so Explore is shown.`));
  }
  lastHash = location.hash;
  document.body.dataset.page = page;
  announce(`${titles[page]} page`);
}

window.addEventListener("hashchange", () => {
  lastHash = "";
  void route().then(() => main.focus({ preventScroll: true }));
});

document.getElementById("copy-link")?.addEventListener("click", async (e) => {
  const btn = e.currentTarget as HTMLButtonElement;
  try {
    await navigator.clipboard.writeText(location.href);
    btn.textContent = "Link copied";
  } catch {
    window.prompt("Copy this link:", location.href);
  }
  setTimeout(() => (btn.textContent = "Copy link to this view"), 2000);
});

void route();
