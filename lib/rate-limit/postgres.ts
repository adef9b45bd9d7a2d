import "server-only";
import { db, sqlRows } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

// Fixed-window counters in PostgreSQL, so a limit holds across every server
// instance. One atomic upsert per attempt; the database clock decides the window.

export type RateLimitOptions = { limit: number; windowSeconds: number };
export type RateLimitResult = { allowed: boolean; remaining: number; retryAfterSeconds: number; count: number };

const MAX_WINDOW_SECONDS = 86_400;
// Old windows are deleted by roughly one call in PRUNE_ONE_IN, which keeps the
// table small without a scheduled job.
const PRUNE_ONE_IN = 200;

function checkWindow(windowSeconds: number): void {
  if (!Number.isInteger(windowSeconds) || windowSeconds < 1 || windowSeconds > MAX_WINDOW_SECONDS) {
    throw new RangeError(`windowSeconds must be a whole number from 1 to ${MAX_WINDOW_SECONDS}`);
  }
}

/** Counts one attempt under `key` and says whether it is within the limit. */
export async function consumeRateLimit(key: string, { limit, windowSeconds }: RateLimitOptions): Promise<RateLimitResult> {
  checkWindow(windowSeconds);
  const rows = await sqlRows<{ count: number; retry_after: number }>(Prisma.sql`
    INSERT INTO rate_limits (key, window_start, count)
    VALUES (${key}, to_timestamp(floor(extract(epoch FROM now()) / ${windowSeconds}) * ${windowSeconds}), 1)
    ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limits.count + 1
    RETURNING count, greatest(1, ceil(extract(epoch FROM rate_limits.window_start) + ${windowSeconds} - extract(epoch FROM now())))::int AS retry_after`, { prepared: true });
  if (Math.floor(Math.random() * PRUNE_ONE_IN) === 0) await pruneRateLimits();
  const count = rows[0]?.count ?? limit + 1;
  const allowed = count <= limit;
  return { allowed, count, remaining: Math.max(0, limit - count), retryAfterSeconds: allowed ? 0 : (rows[0]?.retry_after ?? windowSeconds) };
}

/** The attempts counted under `key` in the current window, without counting one. */
export async function peekRateLimit(key: string, windowSeconds: number): Promise<number> {
  checkWindow(windowSeconds);
  const rows = await sqlRows<{ count: number }>(Prisma.sql`
    SELECT count FROM rate_limits
    WHERE key = ${key} AND window_start = to_timestamp(floor(extract(epoch FROM now()) / ${windowSeconds}) * ${windowSeconds})`, { prepared: true });
  return rows[0]?.count ?? 0;
}

/** Takes back one attempt counted under `key` in the current window (e.g. a sign-in that turned out right). */
export async function refundRateLimit(key: string, windowSeconds: number): Promise<void> {
  checkWindow(windowSeconds);
  await db.$executeRaw`
    UPDATE rate_limits SET count = greatest(count - 1, 0)
    WHERE key = ${key} AND window_start = to_timestamp(floor(extract(epoch FROM now()) / ${windowSeconds}) * ${windowSeconds})`;
}

/** Forgets every window of `key` (e.g. failed sign-ins after a successful one). */
export async function clearRateLimit(key: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key } });
}

export async function pruneRateLimits(): Promise<number> {
  return db.$executeRaw`DELETE FROM rate_limits WHERE window_start < now() - make_interval(secs => ${MAX_WINDOW_SECONDS * 2})`;
}
