/**
 * A throwaway one-node Slurm cluster for tests, run as the current user: its own munged
 * (key and socket in a temporary folder), slurmctld and slurmd with their own slurm.conf,
 * state and spool folders, on free 127.0.0.1 ports. Every command run through it gets
 * SLURM_CONF. `stop()` cancels the jobs, shuts the daemons down and checks that none of
 * their processes is left; it is safe to call more than once and after a failed start.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { availableParallelism, userInfo } from "node:os";
import { join } from "node:path";

/** The programs a cluster needs (Debian packages slurm-wlm and munge). */
export const SLURM_PROGRAMS = ["munged", "slurmctld", "slurmd", "sbatch", "scontrol", "squeue", "scancel"];

/** The programs of {@link SLURM_PROGRAMS} not found on PATH (or in /usr/sbin, /sbin). */
export function missingPrograms(): string[] {
  const path = `${process.env.PATH ?? ""}:/usr/sbin:/sbin`;
  return SLURM_PROGRAMS.filter((p) => !path.split(":").some((d) => d && existsSync(join(d, p))));
}

export interface Cluster {
  dir: string;
  env: NodeJS.ProcessEnv;
  /** Runs a Slurm client command; throws with its output when it fails. */
  run(cmd: string, args: string[]): string;
  stop(): void;
}

/** Resolves after `ms` milliseconds. */
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `check` every 300 ms until it returns a value other than undefined; throws after `ms`. */
export async function waitFor<T>(what: string, ms: number, check: () => T | undefined): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = check();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out after ${ms / 1000} s waiting for ${what}`);
    await sleep(300);
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function readPid(file: string): number | null {
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, "utf8").trim());
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

/** The pids of processes whose command line contains `text`. */
export function processesMentioning(text: string): number[] {
  const r = spawnSync("pgrep", ["-f", text], { encoding: "utf8" });
  return r.stdout
    .split("\n")
    .filter(Boolean)
    .map(Number)
    .filter((p) => p !== process.pid);
}

function slurmConf(dir: string, user: string, ports: { ctld: number; slurmd: number }): string {
  const cpus = availableParallelism();
  return `# A one-node test cluster (tests/slurm/cluster.ts).
ClusterName=doorstep-test
SlurmctldHost=localhost(127.0.0.1)
SlurmctldPort=${ports.ctld}
SlurmdPort=${ports.slurmd}
SlurmUser=${user}
SlurmdUser=${user}
AuthType=auth/munge
# A requeued job waits cred_expire seconds (default 120) before it may start again.
AuthInfo=socket=${dir}/munge/munge.socket,cred_expire=10
CredType=cred/munge
StateSaveLocation=${dir}/state
SlurmdSpoolDir=${dir}/spool
SlurmctldPidFile=${dir}/slurmctld.pid
SlurmdPidFile=${dir}/slurmd.pid
SlurmctldLogFile=${dir}/slurmctld.log
SlurmdLogFile=${dir}/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
MpiDefault=none
SwitchType=switch/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SchedulerType=sched/builtin
# Look for startable jobs every 2 s (default 60 s), so that a requeued task restarts soon.
SchedulerParameters=sched_interval=2
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
ReturnToService=2
MinJobAge=3600
KillWait=10
SlurmdTimeout=60
NodeName=node1 NodeHostname=localhost NodeAddr=127.0.0.1 CPUs=${cpus} State=UNKNOWN
PartitionName=test Nodes=node1 Default=YES MaxTime=INFINITE State=UP
`;
}

/** Starts a cluster in `dir` (a fresh empty folder); waits (at most 60 s) until its node is idle. */
export async function startCluster(dir: string): Promise<Cluster> {
  const user = userInfo().username;
  for (const d of ["munge", "state", "spool"]) mkdirSync(join(dir, d), { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  const key = join(dir, "munge", "munge.key");
  writeFileSync(key, randomBytes(1024), { mode: 0o600 });
  const conf = join(dir, "slurm.conf");
  writeFileSync(conf, slurmConf(dir, user, { ctld: await freePort(), slurmd: await freePort() }));
  const env: NodeJS.ProcessEnv = { ...process.env, SLURM_CONF: conf, PATH: `${process.env.PATH ?? ""}:/usr/sbin:/sbin` };

  const run = (cmd: string, args: string[]): string => {
    const r = spawnSync(cmd, args, { env, encoding: "utf8", timeout: 30_000 });
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} exited with ${r.status ?? r.signal}: ${r.stderr || r.stdout}`);
    return r.stdout;
  };
  const munge = join(dir, "munge");
  const pidFiles = [join(dir, "slurmd.pid"), join(dir, "slurmctld.pid"), join(munge, "munged.pid")];
  let stopped = false;

  const stop = () => {
    if (stopped) return;
    stopped = true;
    spawnSync("scancel", ["--full", `--user=${user}`], { env, timeout: 10_000 });
    spawnSync("scontrol", ["shutdown"], { env, timeout: 10_000 });
    // Whatever did not exit within 15 s (and any job step left behind) is killed.
    const end = Date.now() + 15_000;
    const pids = () => [...pidFiles.map(readPid).filter((p): p is number => p !== null && pidAlive(p)), ...processesMentioning(dir)];
    while (pids().length && Date.now() < end) execFileSync("sleep", ["0.3"]);
    for (const p of pids()) {
      try {
        process.kill(p, "SIGKILL");
      } catch {
        // already gone
      }
    }
    for (const p of spawnSync("pgrep", ["-x", "slurmstepd"], { encoding: "utf8" }).stdout.split("\n").filter(Boolean)) {
      try {
        process.kill(Number(p), "SIGKILL");
      } catch {
        // already gone
      }
    }
  };

  try {
    run("munged", [
      "--force",
      `--socket=${munge}/munge.socket`,
      `--key-file=${key}`,
      `--pid-file=${munge}/munged.pid`,
      `--log-file=${munge}/munged.log`,
      `--seed-file=${munge}/munged.seed`,
    ]);
    run("slurmctld", ["-f", conf]);
    run("slurmd", ["-f", conf, "-N", "node1"]);
    await waitFor("the node to be idle (see slurmctld.log and slurmd.log)", 60_000, () => {
      const r = spawnSync("sinfo", ["-h", "-N", "-o", "%T"], { env, encoding: "utf8", timeout: 10_000 });
      return r.status === 0 && r.stdout.trim() === "idle" ? true : undefined;
    });
  } catch (e) {
    const logs = ["slurmctld.log", "slurmd.log", "munge/munged.log"]
      .map((f) => join(dir, f))
      .filter(existsSync)
      .map((f) => `--- ${f}\n${readFileSync(f, "utf8").split("\n").slice(-15).join("\n")}`);
    stop();
    throw new Error(`${(e as Error).message}\n${logs.join("\n")}`);
  }
  return { dir, env, run, stop };
}
