import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

// Broad words match most documents; the planner then prefers a sequential scan,
// which must decompress every document. The GIN bitmap never needs to.

/** Runs the query in a transaction that keeps the planner off sequential scans. */
export function withIndexScan<T>(query: Prisma.PrismaPromise<T>): Promise<T> {
  return db.$transaction([db.$executeRaw`SET LOCAL enable_seqscan = off`, query]).then(([, rows]) => rows);
}
