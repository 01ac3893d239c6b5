/**
 * Minimal POSIX-style path arithmetic for `extends:` and sweep `base:` references, so the
 * browser bundle needs no `node:path`. Backslashes are treated as slashes.
 */

/** Normalises `a/./b/../c` to `a/c`, keeping a leading `/` or leading `..` segments. */
export function normalizePath(p: string): string {
  const abs = p.startsWith("/");
  const out: string[] = [];
  for (const seg of p.replace(/\\/g, "/").split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === ".." && out.length > 0 && out[out.length - 1] !== "..") out.pop();
    else if (seg === ".." && abs) continue;
    else out.push(seg);
  }
  return (abs ? "/" : "") + out.join("/") || (abs ? "/" : ".");
}

/** The directory part of `p` (`.` when there is none). */
export function dirName(p: string): string {
  const s = p.replace(/\\/g, "/");
  const i = s.lastIndexOf("/");
  return i < 0 ? "." : i === 0 ? "/" : s.slice(0, i);
}

/** The file name of `p` without directory and without a `.yaml`/`.yml` extension. */
export function baseName(p: string): string {
  const s = p.replace(/\\/g, "/");
  return s.slice(s.lastIndexOf("/") + 1).replace(/\.ya?ml$/i, "");
}

/** `ref` relative to the directory of `fromFile` (absolute `ref` kept as is). */
export function resolveRelative(fromFile: string, ref: string): string {
  if (ref.startsWith("/")) return normalizePath(ref);
  return normalizePath(`${dirName(fromFile)}/${ref}`);
}

/** True when a reference names a file rather than a built-in preset. */
export function isFileReference(ref: string): boolean {
  return /[/\\]/.test(ref) || /\.ya?ml$/i.test(ref);
}
