import { connectDatabase } from "../lib/database/connect";
import { stopOnSignal } from "./support/stop-on-signal";

// `npm run jobs` runs the site's scheduled jobs and sends its mail outbox
// until stopped (Ctrl-C or SIGTERM: after the current job). Every server
// does this too unless JOBS_IN_SERVER=off; any number of runners share the
// work and each job still runs once. `npm run jobs -- --once` runs one round
// and exits (for cron); `-- --status` prints each job's state.

async function main() {
  const args = new Set(process.argv.slice(2));
  const database = await connectDatabase();
  const { db } = await import("../lib/db");
  const { jobsConfig } = await import("../lib/jobs/config");
  const { runJobsLoop, runRound, runnerName } = await import("../lib/jobs/loop");
  const { jobStates, registerJobs } = await import("../lib/jobs/runner");
  const { siteJobs } = await import("../lib/jobs/site-jobs");
  const jobs = siteJobs();
  const print = (r: { name: string; ok: boolean; outcome: string }) => console.log(`${r.ok ? "✓" : "✗"} ${r.name}: ${r.outcome}`);
  try {
    await registerJobs(jobs);
    if (args.has("--status")) {
      for (const job of await jobStates()) {
        const state = job.lockedUntil && job.lockedUntil > new Date() ? `running until ${job.lockedUntil.toISOString()}` : `next ${job.dueAt.toISOString()}`;
        console.log(`${job.name}: ${state}; last ${job.lastFinishedAt?.toISOString() ?? "never"}: ${job.lastError ? `failed: ${job.lastError}` : (job.lastOutcome ?? "—")}`);
      }
      return;
    }
    if (args.has("--once")) {
      const reports = await runRound(jobs, runnerName());
      if (reports.length === 0) console.log("No job was due.");
      reports.forEach(print);
      if (reports.some((r) => !r.ok)) process.exitCode = 1;
      return;
    }
    const signal = stopOnSignal("job");
    console.log(`Running ${jobs.map((j) => j.name).join(", ")} and sending queued mail.`);
    await runJobsLoop(jobs, { signal, pollMs: jobsConfig().JOBS_POLL_SECONDS * 1000, onRun: print });
    console.log("Jobs runner stopped.");
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
