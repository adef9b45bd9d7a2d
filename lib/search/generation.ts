import "server-only";
import { sqlRows } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Changes whenever the searchable catalogue changes: a trigger on
 * search_documents bumps it in the transaction of any change (see the
 * search_generation_trigger migration), whoever writes. Caches of searches
 * and statistics are stamped with it.
 */
export async function readGeneration(): Promise<bigint> {
  const rows = await sqlRows<{ generation: bigint }>(Prisma.sql`SELECT generation FROM search_state WHERE id = 1`, { prepared: true });
  return rows[0]?.generation ?? 0n;
}
