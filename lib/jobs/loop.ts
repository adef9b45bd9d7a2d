import "server-only";
import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { deliverAllMail } from "@/lib/mail/outbox";
import { retryDelayMs } from "./backoff";
import { registerJobs, runDueJobs, type JobDefinition, type JobRunReport } from "./runner";

// One runner: sends the mail outbox and runs the due jobs, round after round,
// until stopped. Any number of runners (one per server instance, and
// `npm run jobs`) share the work without doing any of it twice.

export type LoopOptions = {
  signal: AbortSignal;
  pollMs: number;
  runner?: string;
  log?: (message: string) => void;
  /** Told of each job run, for the command's output. */
  onRun?: (report: JobRunReport) => void;
};

export function runnerName(): string {
  return `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
}

/** One round: mail, then the due jobs, then the mail they queued. */
export async function runRound(jobs: JobDefinition[], runner: string, signal?: AbortSignal): Promise<JobRunReport[]> {
  await deliverAllMail();
  const reports = await runDueJobs(jobs, { runner, ...(signal ? { signal } : {}) });
  if (reports.length > 0) await deliverAllMail();
  return reports;
}

export async function runJobsLoop(jobs: JobDefinition[], options: LoopOptions): Promise<void> {
  const { signal, pollMs, runner = runnerName(), log = console.error, onRun } = options;
  const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));
  let registered = false;
  let failures = 0;
  while (!signal.aborted) {
    let pause = pollMs;
    try {
      if (!registered) {
        await registerJobs(jobs);
        registered = true;
      }
      for (const report of await runRound(jobs, runner, signal)) onRun?.(report);
      failures = 0;
    } catch (error) {
      failures += 1;
      pause = Math.max(pollMs, retryDelayMs(failures));
      log(JSON.stringify({ event: "jobs.unavailable", runner, error: describe(error) }));
    }
    if (signal.aborted) break;
    await sleep(pause, undefined, { signal }).catch(() => undefined);
  }
}
