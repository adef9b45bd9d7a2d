import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

// The transactional outbox of an external search engine: a change of the
// published catalogue writes its rows in the caller's transaction, so they
// commit or roll back with it, and the worker (./worker.ts) delivers them.

export const OUTBOX_OPERATIONS = ["index", "remove"] as const;
export type OutboxOperation = (typeof OUTBOX_OPERATIONS)[number];

/**
 * Rows are written only while an external engine is configured (MEILI_URL):
 * without one nothing would ever deliver them and they would pile up. An
 * engine added later starts from a full `search:reindex`, which covers every
 * change made before it existed.
 */
export function outboxEnabled(): boolean {
  return Boolean(process.env.MEILI_URL?.trim());
}

/**
 * Queues `operation` for these entries inside `tx`. Call it after the entry
 * rows are written (or locked): concurrent changes of one entry then queue
 * their rows in commit order, which is the order the worker delivers them in.
 */
export async function enqueueIndexChange(
  tx: Prisma.TransactionClient,
  entryIds: readonly string[],
  operation: OutboxOperation,
): Promise<void> {
  if (!outboxEnabled()) return;
  const ids = [...new Set(entryIds)];
  if (ids.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO search_outbox (entry_id, operation)
    SELECT id, ${operation} FROM unnest(${ids}::uuid[]) WITH ORDINALITY AS t(id, n) ORDER BY n`;
}
