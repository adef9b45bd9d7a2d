import fs from "node:fs";

// The site's memory: `npm start` (tsx) spawns node, which spawns the Next
// server, so the resident set of the whole process tree is what a host pays.

/** Parent pid of every live process, from /proc/<pid>/stat (Linux). */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, "utf8");
      // The command name may contain spaces and parentheses: fields follow the last ")".
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      map.set(Number(name), ppid);
    } catch {
      // the process ended while we looked
    }
  }
  return map;
}

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
  return processTree(root, parents()).reduce((sum, pid) => sum + residentKb(pid), 0) / 1024;
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
