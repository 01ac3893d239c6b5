/**
 * What to call a table (a sweep or sensitivity table) fetched from a link's `src`. A `data:` or `blob:` URL carries
 * the table itself, made by whoever wrote the link: it is shown as "loaded from a link",
 * never under a file name (the blob would become the name, and fabricated numbers would
 * look like a file the reader opened). A real URL is named by its last path segment.
 */

/** How the page names the table, and whether the link carried the data itself. */
export interface LinkSource {
  /** Shown in the page's messages. */
  label: string;
  /** Passed to the table reader (its extension picks CSV or Parquet when the bytes do not). */
  fileName: string;
  /** True when the data came inside the link rather than from a file or a server. */
  fromLink: boolean;
}

/**
 * @example
 * ```ts
 * linkSource("data:text/csv;base64,AAAA"); // { label: "a table loaded from a link (not a file)", fileName: "link.csv", fromLink: true }
 * linkSource("results/sweeps/x/runs.parquet"); // { label: "runs.parquet", fileName: "runs.parquet", fromLink: false }
 * ```
 */
export function linkSource(src: string): LinkSource {
  const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(src)?.[1]?.toLowerCase();
  if (scheme === "data" || scheme === "blob") {
    const csv = /^\s*data:[^,;]*csv/i.test(src);
    return { label: "a table loaded from a link (not a file)", fileName: csv ? "link.csv" : "link", fromLink: true };
  }
  const path = src.split(/[?#]/)[0];
  const last = decodeURIComponentSafe(path.split("/").pop() ?? "").slice(0, 120);
  const name = last.trim() === "" ? "the linked table" : last;
  return { label: name, fileName: name, fromLink: false };
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
