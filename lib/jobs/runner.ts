import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

// Scheduled jobs that run once however many runners there are. Every server
// instance and `npm run jobs` is a runner; a runner claims a due job with
// FOR UPDATE SKIP LOCKED and a lease, runs it, and sets its next time. A
// runner that dies mid-run leaves its lease, and the job runs again when the
// lease has run out. Jobs therefore work in small transactional steps that
// record their own progress (a watermark, a "reminded" stamp, a mail's dedupe
// key): a step either committed, with its mail in the outbox, or never
// happened, so a run after a crash neither skips nor repeats anything.

export type JobContext = {
  /** The run's clock: the database's time when the run started, or a test's. */
  now: Date;
  runner: string;
  signal?: AbortSignal;
};

export type JobDefinition = {
  name: string;
  /** Pause between the end of one run and the next. */
  everySeconds: number;
  /** Longer than a run may take; a run still going when it ends may be started again elsewhere. */
  leaseSeconds?: number;
  /** Does one run; the sentence it returns is kept as the job's last outcome. */
  run: (context: JobContext) => Promise<string>;
};

export type JobRunReport = { name: string; ok: boolean; outcome: string };

export type RunOptions = { runner: string; now?: Date; signal?: AbortSignal };

const DEFAULT_LEASE_SECONDS = 15 * 60;
const FAILED_RUN_RETRY_MS = 60_000;

/** Makes sure each job has its row; a new job is due at once. */
export async function registerJobs(jobs: JobDefinition[]): Promise<void> {
  await db.job.createMany({ data: jobs.map((job) => ({ name: job.name })), skipDuplicates: true });
}

/** Asks for a job to run at the next round (e.g. alerts after an entry is published); in the caller's transaction when given. */
export async function requestJobRun(name: string, tx: Prisma.TransactionClient = db): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO jobs (name, due_at) VALUES (${name}, now())
    ON CONFLICT (name) DO UPDATE SET due_at = least(jobs.due_at, now())`;
}

type Claimed = { name: string; runs: number; now: Date };

async function claim(job: JobDefinition, options: RunOptions): Promise<Claimed | null> {
  const at = options.now?.toISOString() ?? null;
  const lease = job.leaseSeconds ?? DEFAULT_LEASE_SECONDS;
  const rows = await db.$queryRaw<Claimed[]>`
    UPDATE jobs j
    SET runs = j.runs + 1, locked_by = ${options.runner}, last_started_at = coalesce(${at}::timestamptz, now()),
        locked_until = coalesce(${at}::timestamptz, now()) + ${lease} * interval '1 second'
    WHERE j.name IN (
      SELECT c.name FROM jobs c
      WHERE c.name = ${job.name}
        AND c.due_at <= coalesce(${at}::timestamptz, now())
        AND (c.locked_until IS NULL OR c.locked_until <= coalesce(${at}::timestamptz, now()))
      FOR UPDATE SKIP LOCKED)
    RETURNING j.name, j.runs, coalesce(${at}::timestamptz, now()) AS now`;
  return rows[0] ?? null;
}

async function finish(job: JobDefinition, claimed: Claimed, outcome: { ok: boolean; text: string }, at: string | null): Promise<void> {
  // A failed run (the database or SMTP away) is tried again sooner than the next regular run.
  const pauseMs = Math.min(job.everySeconds * 1000, outcome.ok ? Infinity : FAILED_RUN_RETRY_MS);
  await db.$executeRaw`
    UPDATE jobs
    SET locked_until = NULL, locked_by = NULL, last_finished_at = coalesce(${at}::timestamptz, now()),
        due_at = coalesce(${at}::timestamptz, now()) + ${pauseMs} * interval '1 millisecond',
        last_error = ${outcome.ok ? null : outcome.text.slice(0, 1000)},
        last_outcome = ${outcome.ok ? outcome.text.slice(0, 1000) : null}
    WHERE name = ${claimed.name} AND runs = ${claimed.runs}`;
}

/** Runs each of `jobs` that is due and not held by another runner; the reports of those it ran. */
export async function runDueJobs(jobs: JobDefinition[], options: RunOptions): Promise<JobRunReport[]> {
  const reports: JobRunReport[] = [];
  for (const job of jobs) {
    if (options.signal?.aborted) break;
    const claimed = await claim(job, options);
    if (!claimed) continue;
    const at = options.now?.toISOString() ?? null;
    let outcome: { ok: boolean; text: string };
    try {
      outcome = { ok: true, text: await job.run({ now: claimed.now, runner: options.runner, ...(options.signal ? { signal: options.signal } : {}) }) };
    } catch (error) {
      outcome = { ok: false, text: error instanceof Error ? error.message : String(error) };
      console.error(JSON.stringify({ event: "job.failed", job: job.name, runner: options.runner, error: outcome.text }));
    }
    await finish(job, claimed, outcome, at);
    reports.push({ name: job.name, ok: outcome.ok, outcome: outcome.text });
  }
  return reports;
}

export type JobState = { name: string; dueAt: Date; lockedUntil: Date | null; lastFinishedAt: Date | null; lastOutcome: string | null; lastError: string | null };

/** Every job's state, for operators (`npm run jobs -- --status`). */
export async function jobStates(): Promise<JobState[]> {
  return db.job.findMany({
    orderBy: { name: "asc" },
    select: { name: true, dueAt: true, lockedUntil: true, lastFinishedAt: true, lastOutcome: true, lastError: true },
  });
}
