import type { JobRunReport } from "../../lib/jobs/runner";

// A freshly seeded catalogue hands the site's scheduled jobs a backlog that a
// live site worked off long ago: half the synthetic entries were last verified
// over a year back, so the first server to start would spend its first minutes
// reminding some 25 000 of them (locking rows, writing a reminder each) while
// the bench measured it. The bench runs the due jobs to the end before it
// starts the site, as `npm run jobs -- --once` would. Dynamic imports: lib/db
// reads DATABASE_URL on first use.

/** Runs every due job of the site once, to the end; returns what each did. */
export async function workOffJobBacklog(): Promise<JobRunReport[]> {
  const { registerJobs } = await import("../../lib/jobs/runner");
  const { runRound, runnerName } = await import("../../lib/jobs/loop");
  const { siteJobs } = await import("../../lib/jobs/site-jobs");
  const jobs = siteJobs();
  await registerJobs(jobs);
  return runRound(jobs, runnerName());
}
