/**
 * Reading a file the user named (a scenario, a sweep, anything they `extends:` or name as
 * `base:`): only a regular file, only up to a size limit checked before reading, only
 * UTF-8 text. `/dev/zero` would grow memory until the kernel kills the process, a FIFO
 * would block forever, a UTF-16 file would parse as mojibake; each is refused here in
 * one line that names the file and what to do, and never quotes its bytes.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from "node:fs";
import { CliError } from "./cli-error.ts";
import { EXIT } from "./exit-codes.ts";
import { isOsError, osError } from "./os-error.ts";
import { formatBytes } from "./output-check.ts";

/** Largest file read, in bytes (1 MiB, the scenario loader's character limit). */
export const MAX_INPUT_BYTES = 1024 * 1024;

/** What kind of file system object `st` is, in words. */
function kindOf(st: Stats): string {
  if (st.isDirectory()) return "a directory";
  if (st.isFIFO()) return "a named pipe (FIFO)";
  if (st.isCharacterDevice()) return "a character device";
  if (st.isBlockDevice()) return "a block device";
  if (st.isSocket()) return "a socket";
  return "not a regular file";
}

/**
 * The text of a regular UTF-8 file of at most `MAX_INPUT_BYTES`, or a one-line `CliError`
 * (exit 1). The file is opened without blocking (a FIFO cannot hang the open), checked
 * with `fstat` on the open descriptor (no race with a swapped path), then read up to one
 * byte past its stated size (a file that grows while read is still bounded).
 *
 * @example
 * ```ts
 * const text = readUserFile("scenarios/baseline.yaml", "scenario file");
 * ```
 */
export function readUserFile(path: string, what: string, maxBytes = MAX_INPUT_BYTES): string {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new CliError(`cannot read ${what} "${path}": no such file`, EXIT.invalid);
    if (isOsError(e)) throw osError(e, `read ${what}`, path);
    throw e;
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new CliError(`cannot read ${what} "${path}": it is a directory`, EXIT.invalid);
    if (!st.isFile()) throw new CliError(`cannot read ${what} "${path}": it is ${kindOf(st)}, not a regular file; name a .yaml file`, EXIT.invalid);
    const tooLarge = () =>
      new CliError(
        `cannot read ${what} "${path}": it is larger than the limit of ${formatBytes(maxBytes)}; a scenario or sweep file is a few kB`,
        EXIT.invalid,
      );
    if (st.size > maxBytes) throw tooLarge();
    const buf = Buffer.alloc(Math.min(st.size, maxBytes) + 1);
    let got = 0;
    for (;;) {
      const n = readSync(fd, buf, got, buf.length - got, null);
      if (n === 0) break;
      got += n;
      if (got === buf.length) {
        if (got > maxBytes) throw tooLarge();
        break;
      }
    }
    return decodeUtf8(buf.subarray(0, got), what, path);
  } catch (e) {
    if (isOsError(e)) throw osError(e, `read ${what}`, path);
    throw e;
  } finally {
    closeSync(fd);
  }
}

/**
 * `bytes` as UTF-8 text (a UTF-8 byte-order mark is dropped), or a `CliError` naming the
 * encoding found: UTF-16 and UTF-32 (by their byte-order marks, or UTF-16 by its zero
 * bytes), binary data, or text in another 8-bit encoding.
 */
export function decodeUtf8(bytes: Uint8Array, what: string, path: string): string {
  const refuse = (found: string) => new CliError(`cannot read ${what} "${path}": ${found}; save it as UTF-8`, EXIT.invalid);
  const b = bytes;
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) throw refuse("the file is UTF-32 (little-endian)");
  if (b.length >= 4 && b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) throw refuse("the file is UTF-32 (big-endian)");
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) throw refuse("the file is UTF-16 (little-endian)");
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) throw refuse("the file is UTF-16 (big-endian)");
  const zero = b.indexOf(0);
  if (zero >= 0) {
    // Text in UTF-16 without a byte-order mark has a zero byte beside almost every ASCII letter.
    const head = b.subarray(0, Math.min(b.length, 512));
    let zeros = 0;
    for (const x of head) if (x === 0) zeros++;
    if (zeros * 3 >= head.length)
      throw refuse(`the file looks like UTF-16 (${zero % 2 === 0 ? "big" : "little"}-endian, zero bytes between the letters)`);
    throw refuse(`the file holds binary data (a zero byte at offset ${zero}), not text`);
  }
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(b);
    return text;
  } catch {
    throw refuse("the file is not UTF-8 text (perhaps Latin-1 or Windows-1252)");
  }
}
