import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { db } from "@/lib/db";
import { retryDelayMs } from "@/lib/jobs/backoff";
import type { SearchEngine } from "@/lib/search/types";
import { OUTBOX_OPERATIONS } from "./enqueue";

// Delivers the outbox (./enqueue.ts) to an external search engine. Claiming is
// one short statement with FOR UPDATE SKIP LOCKED plus a lease (locked_until),
// so any number of workers, on any number of instances, share the rows without
// taking the same one twice, and a crashed worker's rows come back when its
// lease runs out. Only the oldest pending row of an entry is ever claimable,
// so an entry's changes reach the engine in the order they were committed.

export type DeliveryOptions = {
  /** Rows claimed at once (at most one per entry). */
  batchSize?: number;
  /** How long a claim holds before another worker may take the rows over. */
  lockSeconds?: number;
  /** The clock, for tests; the database's clock otherwise. */
  now?: Date;
  /** Told of each failed engine call (the rows are retried later). */
  onError?: (error: unknown, entryIds: string[]) => void;
};

export type DeliveryReport = { delivered: number; failed: number };

export type OutboxLag = { pending: number; oldestPendingSeconds: number | null };

const DEFAULT_BATCH_SIZE = 200;
// Longer than an engine call may take: Meilisearch's engine gives a batch at
// most about six minutes (a minute waiting for the settings to hold, two
// requests of 30 s, two tasks of 120 s). A lease
// that ran out while its worker was still delivering would let another worker
// deliver the same rows again, and a later change of the entry overtake it.
const DEFAULT_LOCK_SECONDS = 600;
const ERROR_LENGTH = 1000;
const KEEP_DELIVERED_SECONDS = 24 * 60 * 60;

// operation is one of OUTBOX_OPERATIONS: the table's check constraint allows no other.
type Claimed = { id: bigint; entry_id: string; operation: string; attempts: number };

/**
 * Claims up to `batchSize` deliverable rows, sends them to the engine grouped
 * by operation, and records the outcome: done when the engine confirmed it,
 * otherwise retried after a growing delay.
 */
export async function deliverBatch(engine: SearchEngine, options: DeliveryOptions = {}): Promise<DeliveryReport> {
  const at = options.now?.toISOString() ?? null;
  const lockSeconds = options.lockSeconds ?? DEFAULT_LOCK_SECONDS;
  // Claiming counts an attempt, and that count is the claim's token: an
  // outcome is only recorded for rows whose count is still the one claimed,
  // so a worker whose lease was taken over cannot overwrite the new owner's.
  const claimed = await db.$queryRaw<Claimed[]>`
    UPDATE search_outbox o
    SET attempts = o.attempts + 1,
        locked_until = coalesce(${at}::timestamptz, now()) + ${lockSeconds} * interval '1 second'
    WHERE o.id IN (
      SELECT c.id FROM search_outbox c
      WHERE c.done_at IS NULL
        AND c.available_at <= coalesce(${at}::timestamptz, now())
        AND (c.locked_until IS NULL OR c.locked_until <= coalesce(${at}::timestamptz, now()))
        AND NOT EXISTS (
          SELECT 1 FROM search_outbox p
          WHERE p.entry_id = c.entry_id AND p.done_at IS NULL AND p.id < c.id)
      ORDER BY c.id
      LIMIT ${options.batchSize ?? DEFAULT_BATCH_SIZE}
      FOR UPDATE SKIP LOCKED)
    RETURNING o.id, o.entry_id::text AS entry_id, o.operation, o.attempts`;
  if (claimed.length === 0) return { delivered: 0, failed: 0 };

  const report: DeliveryReport = { delivered: 0, failed: 0 };
  await Promise.all(
    OUTBOX_OPERATIONS.map(async (operation) => {
      // UPDATE … RETURNING has no order: send the entries in the order they were queued.
      const rows = claimed.filter((r) => r.operation === operation).sort((p, q) => (p.id < q.id ? -1 : 1));
      if (rows.length === 0) return;
      const entryIds = rows.map((r) => r.entry_id);
      try {
        await (operation === "index" ? engine.index(entryIds) : engine.remove(entryIds));
      } catch (error) {
        options.onError?.(error, entryIds);
        report.failed += await markFailed(rows, error, at);
        return;
      }
      report.delivered += await markDone(rows, at);
    }),
  );
  return report;
}

async function markDone(rows: Claimed[], at: string | null): Promise<number> {
  return db.$executeRaw`
    UPDATE search_outbox o
    SET done_at = coalesce(${at}::timestamptz, now()), locked_until = NULL, last_error = NULL
    FROM unnest(${rows.map((r) => r.id.toString())}::bigint[], ${rows.map((r) => r.attempts)}::int[]) AS c(id, attempts)
    WHERE o.id = c.id AND o.attempts = c.attempts AND o.done_at IS NULL`;
}

async function markFailed(rows: Claimed[], error: unknown, at: string | null): Promise<number> {
  const message = (error instanceof Error ? error.message : String(error)).slice(0, ERROR_LENGTH);
  return db.$executeRaw`
    UPDATE search_outbox o
    SET locked_until = NULL, last_error = ${message},
        available_at = coalesce(${at}::timestamptz, now()) + c.delay_ms * interval '1 millisecond'
    FROM unnest(${rows.map((r) => r.id.toString())}::bigint[], ${rows.map((r) => r.attempts)}::int[],
                ${rows.map((r) => retryDelayMs(r.attempts))}::int[]) AS c(id, attempts, delay_ms)
    WHERE o.id = c.id AND o.attempts = c.attempts AND o.done_at IS NULL`;
}

/** Rows waiting for delivery (failed ones included) and the age of the oldest. */
export async function outboxLag(): Promise<OutboxLag> {
  const [row] = await db.$queryRaw<{ pending: number; oldest: number | null }[]>`
    SELECT count(*)::int AS pending, extract(epoch FROM now() - min(created_at))::float8 AS oldest
    FROM search_outbox WHERE done_at IS NULL`;
  const oldest = row?.oldest ?? null;
  return { pending: row?.pending ?? 0, oldestPendingSeconds: oldest === null ? null : Math.max(0, Math.floor(oldest)) };
}

/** Deletes rows delivered more than `olderThanSeconds` ago; they are only kept to look into recent deliveries (the maintenance job, lib/jobs). */
export async function pruneDelivered(olderThanSeconds = KEEP_DELIVERED_SECONDS): Promise<number> {
  return db.$executeRaw`
    DELETE FROM search_outbox WHERE done_at < now() - ${olderThanSeconds} * interval '1 second'`;
}

export type WorkerOptions = Omit<DeliveryOptions, "now"> & {
  signal: AbortSignal;
  /** Pause when there is nothing to deliver. */
  idleMs?: number;
  log?: (message: string) => void;
};

/**
 * Delivers the outbox until `signal` aborts: at once while rows keep coming,
 * every `idleMs` otherwise. It never throws: engine and database failures are
 * logged and retried (the database with a growing pause).
 */
export async function runOutboxWorker(engine: SearchEngine, options: WorkerOptions): Promise<void> {
  const { signal, idleMs = 1000, log = console.error, ...delivery } = options;
  const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));
  const onError = delivery.onError ?? ((error: unknown, entryIds: string[]) =>
    log(JSON.stringify({ event: "search.outbox_failed", engine: engine.name, entries: entryIds.length, error: describe(error) })));
  let databaseFailures = 0;
  while (!signal.aborted) {
    let pause = idleMs;
    try {
      const { delivered } = await deliverBatch(engine, { ...delivery, onError });
      databaseFailures = 0;
      if (delivered > 0) pause = 0;
    } catch (error) {
      databaseFailures += 1;
      pause = Math.max(idleMs, retryDelayMs(databaseFailures));
      log(JSON.stringify({ event: "search.outbox_unavailable", error: describe(error) }));
    }
    if (pause > 0 && !signal.aborted) await sleep(pause, undefined, { signal }).catch(() => undefined);
  }
}
