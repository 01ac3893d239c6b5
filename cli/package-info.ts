/** The doorstep version (from package.json) and the git commit of the checkout, for manifests. */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const ROOT = new URL("../", import.meta.url);

/** `version` of package.json. */
export function doorstepVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL("package.json", ROOT), "utf8")) as { version: string };
  return pkg.version;
}

/** The commit checked out where doorstep is installed (with `-dirty` when files changed), or null outside git. */
export function gitCommit(): string | null {
  try {
    const git = (...args: string[]) =>
      execFileSync("git", args, { cwd: fileURLToPath(ROOT), encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    const head = git("rev-parse", "HEAD");
    const dirty = git("status", "--porcelain", "--untracked-files=no") !== "";
    return dirty ? `${head}-dirty` : head;
  } catch {
    return null;
  }
}
