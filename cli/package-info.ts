/** The doorstep version (from package.json) and the git commit of the checkout, for manifests. */
import { execFileSync } from "node:child_process";
import { readFileSync, realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";

const ROOT = new URL("../", import.meta.url);

/** `version` of package.json. */
export function doorstepVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL("package.json", ROOT), "utf8")) as { version: string };
  return pkg.version;
}

/**
 * The commit of the doorstep checkout that runs (with `-dirty` when files changed), or
 * null outside git and for an installed package, whose folder may sit inside another
 * project's repository (`node_modules/doorstep`): that project's commit is not doorstep's.
 */
export function gitCommit(): string | null {
  try {
    const root = fileURLToPath(ROOT);
    const git = (...args: string[]) => execFileSync("git", args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    if (realpathSync(git("rev-parse", "--show-toplevel")) !== realpathSync(root)) return null;
    const head = git("rev-parse", "HEAD");
    const dirty = git("status", "--porcelain", "--untracked-files=no") !== "";
    return dirty ? `${head}-dirty` : head;
  } catch {
    return null;
  }
}
