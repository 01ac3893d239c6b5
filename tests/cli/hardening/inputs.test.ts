/**
 * Only regular UTF-8 files under the size limit are read (issue 20, "reading what is not a
 * scenario"): devices, FIFOs, oversized files and other encodings are refused in one line
 * each, before reading; `extends:` and `base:` follow the same rule; no message quotes the
 * bytes of a file that is not a scenario.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CliError } from "../../../cli/cli-error.ts";
import { decodeUtf8, MAX_INPUT_BYTES, readUserFile } from "../../../cli/read-user-file.ts";
import { toyCli } from "../cli-process.ts";

const tmp = mkdtempSync(join(tmpdir(), "doorstep-inputs-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const SECRET = "hunter2-very-secret-value";

describe("doorstep validate on files that are not scenarios", () => {
  it("refuses devices, FIFOs, secrets, UTF-16 and extends: /dev/zero in one line each, without hanging or quoting", () => {
    const fifo = join(tmp, "pipe");
    execFileSync("mkfifo", [fifo]);
    const env = join(tmp, ".env");
    writeFileSync(env, `API_TOKEN=${SECRET}\n`);
    const ext = join(tmp, "extends-zero.yaml");
    writeFileSync(ext, "name: x\nextends: /dev/zero\n");
    const base = join(tmp, "base-env.yaml");
    writeFileSync(base, `name: s\nbase: ./.env\nvary:\n  run.days: { values: [1, 2] }\n`);
    const u16 = join(tmp, "utf16.yaml");
    writeFileSync(u16, Buffer.from("\ufeffname: x\n", "utf16le"));
    const big = join(tmp, "big.yaml");
    writeFileSync(big, `name: x\n#${"y".repeat(MAX_INPUT_BYTES)}\n`);

    const r = toyCli(["validate", "/dev/zero", fifo, env, ext, base, u16, big], {}, undefined, 60_000);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toContain(SECRET);
    expect(r.stderr).not.toContain("unexpected error");
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines).toEqual([
      'doorstep: cannot read file "/dev/zero": it is a character device, not a regular file; name a .yaml file',
      `doorstep: cannot read file "${fifo}": it is a named pipe (FIFO), not a regular file; name a .yaml file`,
      `doorstep: ${env}:1:1  (file)  expected a map of keys at the top level, found a line of plain text (35 characters); is this a scenario file?`,
      `doorstep: ${ext}:2:10  extends  cannot extend "/dev/zero": it is a character device, not a regular file; name a .yaml file`,
      expect.stringMatching(/^doorstep: .*\.env:1:1 {2}\(file\) {2}expected a map of keys at the top level, found a line of plain text/),
      `doorstep: cannot read file "${u16}": the file is UTF-16 (little-endian); save it as UTF-8`,
      `doorstep: cannot read file "${big}": it is larger than the limit of 1.0 MB; a scenario or sweep file is a few kB`,
    ]);
  });
});

describe("decodeUtf8 names the encoding it finds", () => {
  const name = (bytes: number[] | Buffer) => {
    try {
      decodeUtf8(Uint8Array.from(bytes), "file", "f.yaml");
      return "utf-8";
    } catch (e) {
      expect(e).toBeInstanceOf(CliError);
      return (e as CliError).message.replace('cannot read file "f.yaml": ', "");
    }
  };
  it("UTF-16 and UTF-32 with and without a byte-order mark, binary, Latin-1", () => {
    expect(name(Buffer.from("\ufeffa: 1", "utf16le"))).toBe("the file is UTF-16 (little-endian); save it as UTF-8");
    expect(name(Buffer.from("a: 1", "utf16le"))).toMatch(/^the file looks like UTF-16 \(little-endian/);
    expect(name(Buffer.from("\ufeffa: 1", "utf16le").swap16())).toBe("the file is UTF-16 (big-endian); save it as UTF-8");
    expect(name([0xff, 0xfe, 0, 0, 0x61, 0, 0, 0])).toBe("the file is UTF-32 (little-endian); save it as UTF-8");
    expect(
      name([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]),
    ).toMatch(/binary data/);
    expect(name(Buffer.from("name: caf\xe9", "latin1"))).toMatch(/not UTF-8 text \(perhaps Latin-1/);
    expect(decodeUtf8(Buffer.from("\ufeffname: café", "utf8"), "file", "f.yaml")).toBe("name: café");
  });

  it("a file that grows past the limit while read is still cut at the limit", () => {
    const f = join(tmp, "grows.yaml");
    writeFileSync(f, "a".repeat(100));
    expect(() => readUserFile(f, "file", 50)).toThrow(/larger than the limit of 50 B/);
    expect(readUserFile(f, "file", 100)).toHaveLength(100);
  });
});
