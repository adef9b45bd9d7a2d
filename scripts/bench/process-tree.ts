import fs from "node:fs";

// The site's memory and CPU time: `npm start` (tsx) spawns node, which spawns
// the Next server, so the whole process tree is what a host pays. Linux only
// (/proc); elsewhere the figures are NaN.

type Stat = { name: string; ppid: number; cpuTicks: number };

/** Fields of /proc/<pid>/stat: the command name may hold spaces and parentheses, so the rest follows the last ")". */
function readStat(pid: number): Stat | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime and stime, fields 14 and 15 of proc(5); fields here start at field 3.
    return { name: stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")")), ppid: Number(fields[1]), cpuTicks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return null; // the process ended while we looked
  }
}

/** The stat of every live process, read once. */
function liveStats(): Map<number, Stat> {
  const stats = new Map<number, Stat>();
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readStat(Number(name));
    if (stat) stats.set(Number(name), stat);
  }
  return stats;
}

const parentsOf = (stats: Map<number, Stat>) => new Map([...stats].map(([pid, stat]) => [pid, stat.ppid]));

function residentKb(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** The pid and all its descendants. */
export function processTree(root: number, parentOf: Map<number, number>): number[] {
  const tree = [root];
  for (let i = 0; i < tree.length; i++) {
    for (const [pid, ppid] of parentOf) if (ppid === tree[i] && !tree.includes(pid)) tree.push(pid);
  }
  return tree;
}

/** Resident memory of the process and its descendants, in MB; NaN where /proc is missing. */
export function treeRssMb(root: number): number {
  if (!fs.existsSync("/proc/self/stat")) return NaN;
  return processTree(root, parentsOf(liveStats())).reduce((sum, pid) => sum + residentKb(pid), 0) / 1024;
}

/** Samples the tree's RSS every `intervalMs` until stopped; returns the peak. */
export function sampleRss(root: number, intervalMs = 500): { stop: () => number } {
  let peak = treeRssMb(root);
  const timer = setInterval(() => (peak = Math.max(peak, treeRssMb(root))), intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, treeRssMb(root));
    },
  };
}

// /proc reports CPU time in USER_HZ ticks, 100 a second on every Linux architecture Node.js runs on.
const MS_PER_TICK = 10;

/** CPU time (user and system) the process and its descendants have used so far, in ms, counting only those `keep` accepts. */
export function treeCpuMs(root: number, keep: (name: string) => boolean = () => true): number {
  if (!fs.existsSync("/proc/self/stat")) return NaN;
  const stats = liveStats();
  return processTree(root, parentsOf(stats)).reduce((sum, pid) => {
    const stat = stats.get(pid);
    return stat && keep(stat.name) ? sum + stat.cpuTicks * MS_PER_TICK : sum;
  }, 0);
}
