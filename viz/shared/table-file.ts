/**
 * Opening a results table on the Sweeps and Sensitivity pages: a box to choose or drop
 * the file (it stays on the reader's computer), and the fetch of a table named by a
 * link's `src`, named as `link-source.ts` says.
 */
import { el, uid } from "./dom.ts";
import { linkSource, type LinkSource } from "./link-source.ts";

/** Receives an opened table: its name, its bytes and, for a linked table, where it came from. */
export type TableReceiver = (fileName: string, bytes: ArrayBuffer, source?: LinkSource) => Promise<void>;

/**
 * The file box: a labelled file input that also takes a dropped file.
 *
 * @example
 * page.append(tableDropZone("Open a sweep table (runs.csv or runs.parquet)", load));
 */
export function tableDropZone(label: string, onFile: TableReceiver): HTMLElement {
  const id = uid("tablefile");
  const input = el("input", { id, type: "file", accept: ".csv,.parquet,text/csv" });
  const drop = el(
    "div",
    { class: "drop-zone panel" },
    el("label", { for: id }, label),
    input,
    el("p", { class: "help" }, "Or drop the file here. The file stays on your computer: nothing is uploaded."),
  );
  const open = async (f: File | undefined) => {
    if (f) await onFile(f.name, await f.arrayBuffer());
  };
  input.addEventListener("change", () => void open(input.files?.[0]));
  drop.addEventListener("dragover", (e) => {
    e.preventDefault();
    drop.classList.add("dragging");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("dragging"));
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    drop.classList.remove("dragging");
    void open(e.dataTransfer?.files[0]);
  });
  return drop;
}

/** Fetches the table a link's `src` names, saying so in `message` and any failure in `errorBox`. */
export function fetchLinkedTable(src: string, message: HTMLElement, errorBox: HTMLElement, onTable: TableReceiver): void {
  const source = linkSource(src);
  message.textContent = `Loading ${source.label}…`;
  fetch(new URL(src, location.href))
    .then(async (res) => {
      if (!res.ok) throw new Error(`Could not fetch ${source.label}: HTTP ${res.status}.`);
      await onTable(source.fileName, await res.arrayBuffer(), source);
    })
    .catch((err: unknown) => {
      errorBox.textContent = err instanceof Error ? err.message : String(err);
    });
}

/** The words before a table's description when it came inside a link rather than from a file. */
export function linkedTableWarning(source: LinkSource | undefined): string {
  return source?.fromLink ? "Loaded from a link, not from a file: check where it came from. " : "";
}
