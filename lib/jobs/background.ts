import "server-only";
import { jobsConfig } from "./config";
import { runJobsLoop } from "./loop";
import { siteJobs } from "./site-jobs";

// The jobs runner inside a server process (started by instrumentation.ts),
// once per process: the controller lives on globalThis so that a module
// reload in development does not start a second one.

declare global {
  var __clearinghouseJobsRunner: AbortController | undefined;
}

/** Starts the runner unless JOBS_IN_SERVER=off; false when it is off. */
export function startJobsRunner(): boolean {
  if (globalThis.__clearinghouseJobsRunner) return true;
  const { JOBS_IN_SERVER, JOBS_POLL_SECONDS } = jobsConfig();
  if (JOBS_IN_SERVER === "off") return false;
  const controller = new AbortController();
  globalThis.__clearinghouseJobsRunner = controller;
  runJobsLoop(siteJobs(), { signal: controller.signal, pollMs: JOBS_POLL_SECONDS * 1000 })
    .catch((error: unknown) => console.error("The jobs runner stopped:", error))
    .finally(() => {
      if (globalThis.__clearinghouseJobsRunner === controller) globalThis.__clearinghouseJobsRunner = undefined;
    });
  return true;
}

export function stopJobsRunner(): void {
  globalThis.__clearinghouseJobsRunner?.abort();
}
