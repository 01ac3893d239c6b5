/**
 * The frame of a page that reads a table the CLI wrote (Sweeps, Sensitivity): heading and
 * lead, the file box, a status line, an error line, a controls panel and the output. The
 * view is kept in the URL; the table never is: `src` fetches it from a served URL, and
 * `file` names the file a view was made with, so a link without `src` asks for that file.
 */
import { announce, el } from "./dom.ts";
import type { LinkSource } from "./link-source.ts";
import { fetchLinkedTable, linkedTableWarning, tableDropZone } from "./table-file.ts";
import { type PageName, writeRoute } from "./url-state.ts";

/** A page's view: where its table came from, and the page's own choices (null: not chosen). */
export interface TableView {
  src: string | null;
  file: string | null;
  [choice: string]: string | null;
}

export interface TablePageSpec<T> {
  /** The route the view is written to (`#/<route>?…`). */
  route: PageName;
  pageClass: string;
  outputClass: string;
  title: string;
  lead: string;
  /** The file box's label: which table to open, and which command writes it. */
  dropLabel: string;
  view: TableView;
  /** Reads a table from a file's bytes; throws an error whose message the reader can act on. */
  read(fileName: string, bytes: ArrayBuffer): Promise<T>;
  /** What the status line says of a table just read, after its name. */
  describe(table: T): string;
  /** Shows a table just read: chooses defaults for the view, builds the controls, draws. */
  show(table: T): Promise<void>;
}

/** The parts of the frame a page fills, and `save`, which writes the view to the URL. */
export interface TablePage {
  page: HTMLElement;
  controls: HTMLElement;
  output: HTMLElement;
  save(): void;
  /** Fetches the table the link names, if any; call once the page's own state is set up. */
  start(): void;
}

/**
 * Mounts the frame into `root`.
 *
 * @example
 * const frame = mountTablePage(root, { route: "sweeps", view, read: readSweepTable, … });
 * frame.start();
 */
export function mountTablePage<T>(root: HTMLElement, spec: TablePageSpec<T>): TablePage {
  const { view } = spec;
  const message = el("p", { role: "status", class: "status" });
  const errorBox = el("p", { role: "alert", class: "error-text" });
  const controls = el("div", { class: "panel", hidden: true });
  const output = el("div", { class: spec.outputClass });
  const drop = tableDropZone(spec.dropLabel, (name, bytes) => {
    view.src = null;
    return load(name, bytes);
  });
  const page = el(
    "div",
    { class: `page ${spec.pageClass}` },
    el("h1", {}, spec.title),
    el("p", { class: "lead" }, spec.lead),
    drop,
    message,
    errorBox,
    controls,
    output,
  );
  root.replaceChildren(page);
  if (view.file && !view.src) message.textContent = `This view was made with ${view.file}: open that file to see it.`;

  async function load(fileName: string, bytes: ArrayBuffer, source?: LinkSource): Promise<void> {
    errorBox.textContent = "";
    let table: T;
    try {
      table = await spec.read(fileName, bytes);
    } catch (err) {
      errorBox.textContent = err instanceof Error ? err.message : String(err);
      page.dataset.status = "error";
      return;
    }
    // A table carried inside the link is never given a file name.
    view.file = source?.fromLink ? null : fileName;
    const label = source?.label ?? fileName;
    message.textContent = `${linkedTableWarning(source)}${label}: ${spec.describe(table)}`;
    controls.hidden = false;
    await spec.show(table);
    announce(`Loaded ${label}.`);
  }

  return {
    page,
    controls,
    output,
    save() {
      const p = new URLSearchParams();
      for (const [k, v] of Object.entries(view)) if (v) p.set(k, v);
      writeRoute(spec.route, p);
    },
    start() {
      if (view.src) fetchLinkedTable(view.src, message, errorBox, load);
    },
  };
}
