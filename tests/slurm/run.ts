/**
 * `npm run test:slurm`: the Slurm job scripts of deploy/slurm run on a real (one-node,
 * throwaway) Slurm cluster. A 3-task array sweeps a small town, one task is requeued
 * mid-run (`scontrol requeue`) and must resume from its journal, the merge job chained
 * with `--dependency=afterok` joins the shards, and the merged runs.csv and runs.parquet
 * must be byte-identical to the same sweep run in one piece. The cluster is shut down
 * and no process of it may be left, whatever happened.
 *
 * Installs nothing: without slurmctld, slurmd and munged (Debian: slurm-wlm, munge) it
 * reports a skip, or fails when DOORSTEP_REQUIRE_SLURM=1 (as in CI).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Cluster, missingPrograms, processesMentioning, startCluster, waitFor } from "./cluster.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const ARRAY_SCRIPT = join(ROOT, "deploy", "slurm", "sweep-array.sbatch");
const MERGE_SCRIPT = join(ROOT, "deploy", "slurm", "merge.sbatch");
const SHARDS = 3;
/** 2 policies x 2 adoption levels x 6 replications = 24 runs, 8 per shard. */
const RUNS = 24;

function fail(message: string): never {
  throw new Error(message);
}

function check(ok: boolean, message: string): void {
  if (!ok) fail(message);
}

/** A 60-household town over 15 days, so that a shard's 8 runs last long enough to requeue it mid-run. */
function writeSweep(dir: string): string {
  writeFileSync(
    join(dir, "town.yaml"),
    "name: slurm-town\nextends: baseline\nrun:\n  seed: 4\n  days: 15\n  warmupDays: 1\nneighbourhood:\n  households: 60\n",
  );
  const file = join(dir, "sweep.yaml");
  writeFileSync(
    file,
    "name: slurm-sweep\nbase: ./town.yaml\nvary:\n  policy.name: { values: [none, portal-partnership] }\n  residents.initialCameraShare: { values: [0.1, 0.4] }\nreplications: 6\nseed: 11\n",
  );
  return file;
}

/** `scontrol show job` fields of one job (or of each task of an array, by task id). */
function jobFields(cluster: Cluster, id: string): Record<string, string>[] {
  const r = spawnSync("scontrol", ["show", "job", "-o", id], { env: cluster.env, encoding: "utf8", timeout: 10_000 });
  if (r.status !== 0) return [];
  return r.stdout
    .split("\n")
    .filter(Boolean)
    .map((line) => Object.fromEntries(line.split(" ").map((kv) => [kv.slice(0, kv.indexOf("=")), kv.slice(kv.indexOf("=") + 1)])));
}

const FINAL = new Set(["COMPLETED", "FAILED", "CANCELLED", "TIMEOUT", "NODE_FAIL", "OUT_OF_MEMORY", "BOOT_FAIL", "DEADLINE", "PREEMPTED"]);

function journalLines(file: string): number {
  return existsSync(file) ? readFileSync(file, "utf8").split("\n").filter(Boolean).length : 0;
}

async function main(): Promise<void> {
  const missing = missingPrograms();
  if (missing.length) {
    const msg = `test:slurm: ${missing.join(", ")} not found (Debian packages: slurm-wlm munge)`;
    if (process.env.DOORSTEP_REQUIRE_SLURM === "1") fail(`${msg}; DOORSTEP_REQUIRE_SLURM=1 requires them`);
    process.stdout.write(`${msg}; skipped\n`);
    return;
  }
  const t0 = Date.now();
  const tmp = mkdtempSync(join(tmpdir(), "doorstep-slurm-"));
  let cluster: Cluster | null = null;
  try {
    const sweep = writeSweep(tmp);
    const out = join(tmp, "out");

    // The same sweep in one piece, the reference for the merged tables.
    const ref = spawnSync(
      process.execPath,
      [join(ROOT, "bin", "doorstep.js"), "sweep", sweep, "--workers", "2", "--out", join(tmp, "whole"), "--no-progress"],
      {
        encoding: "utf8",
        timeout: 120_000,
      },
    );
    check(ref.status === 0, `the one-piece sweep exited with ${ref.status}: ${ref.stderr}`);

    cluster = await startCluster(join(tmp, "cluster"));
    process.stdout.write(`cluster up after ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
    // DOORSTEP_HOME unset: the job scripts must find the repository from their own location.
    const env = { ...cluster.env, DOORSTEP_HOME: "" };
    const sbatch = (args: string[]) => {
      const r = spawnSync("sbatch", ["--parsable", ...args], { env, cwd: tmp, encoding: "utf8", timeout: 30_000 });
      check(r.status === 0, `sbatch ${args.join(" ")} exited with ${r.status}: ${r.stderr}`);
      return r.stdout.trim().split(";")[0];
    };
    const array = sbatch([`--array=1-${SHARDS}`, "--cpus-per-task=1", ARRAY_SCRIPT, "sweep.yaml", "out"]);
    const merge = sbatch([`--dependency=afterok:${array}`, MERGE_SCRIPT, "out"]);
    process.stdout.write(`submitted array job ${array} and merge job ${merge}\n`);

    // Requeue task 2 once it has saved some, but not all, of its runs.
    const perShard = RUNS / SHARDS;
    const journal2 = join(out, "shard-2", "runs.jsonl");
    const before = await waitFor("shard 2 to finish its first run", 120_000, () => {
      const n = journalLines(journal2);
      if (n >= perShard) fail(`shard 2 finished all ${n} runs before it could be requeued; make the runs longer`);
      return n >= 1 ? n : undefined;
    });
    cluster.run("scontrol", ["requeue", `${array}_2`]);
    process.stdout.write(`requeued task ${array}_2 after ${before} of ${perShard} runs\n`);

    const logs = () =>
      ["shard-1.log", "shard-2.log", "shard-3.log", "merge.log"]
        .map((f) => join(out, f))
        .filter(existsSync)
        .map((f) => `--- ${f}\n${readFileSync(f, "utf8")}`)
        .join("\n");
    const tasks = await waitFor("the array tasks to end", 150_000, () => {
      const ts = jobFields(cluster as Cluster, array);
      return ts.length === SHARDS && ts.every((t) => FINAL.has(t.JobState)) ? ts : undefined;
    });
    for (const t of tasks) check(t.JobState === "COMPLETED" && t.ExitCode === "0:0", `task ${t.JobId}: ${t.JobState} exit ${t.ExitCode}\n${logs()}`);
    const mergeState = await waitFor("the merge job to end", 60_000, () => {
      const state = jobFields(cluster as Cluster, merge)[0]?.JobState;
      return state && FINAL.has(state) ? state : undefined;
    });
    check(mergeState === "COMPLETED", `merge job ended ${mergeState}\n${logs()}`);
    const task2 = tasks.find((t) => t.ArrayTaskId === "2");
    check(task2?.Restarts === "1", `task 2 should have restarted once, Restarts=${task2?.Restarts}`);

    // The requeued task resumed: its second attempt kept the runs the first had saved.
    const log2 = readFileSync(join(out, "shard-2.log"), "utf8");
    check(/attempt 2,/.test(log2), `shard-2.log shows no second attempt:\n${log2}`);
    const resumed = /resuming: (\d+) of (\d+) runs already done/.exec(log2);
    check(resumed !== null && Number(resumed[1]) >= before && Number(resumed[2]) === perShard, `shard 2 did not resume from its journal:\n${log2}`);
    check(journalLines(journal2) === perShard, `shard 2's journal holds ${journalLines(journal2)} runs, expected ${perShard}`);

    for (const f of ["runs.csv", "runs.parquet"]) {
      const a = readFileSync(join(tmp, "whole", f));
      const b = readFileSync(join(out, "merged", f));
      check(a.equals(b), `merged ${f} (${b.length} bytes) differs from the one-piece sweep's (${a.length} bytes)`);
    }
    process.stdout.write(
      `merged runs.csv and runs.parquet are byte-identical to the one-piece sweep (${resumed?.[1]} of ${perShard} runs kept by the requeued task)\n`,
    );
  } finally {
    cluster?.stop();
    const left = processesMentioning(tmp);
    const stepds = spawnSync("pgrep", ["-x", "slurmstepd"], { encoding: "utf8" }).stdout.trim();
    rmSync(tmp, { recursive: true, force: true });
    if (left.length || stepds) fail(`processes left after shutdown: ${[...left, stepds].filter(Boolean).join(" ")}`);
  }
  process.stdout.write(`test:slurm passed in ${((Date.now() - t0) / 1000).toFixed(1)} s; cluster shut down, no process left\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`test:slurm FAILED: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
