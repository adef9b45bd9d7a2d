import "server-only";
import { db, sqlRowsWithSettings } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { QueryResultRow } from "pg";

// Broad words match most documents; the planner then prefers a sequential scan,
// which must decompress every document. The GIN bitmap never needs to.

/** Runs the query in a transaction that keeps the planner off sequential scans. */
export function withIndexScan<T>(query: Prisma.PrismaPromise<T>): Promise<T> {
  return db.$transaction([db.$executeRaw`SET LOCAL enable_seqscan = off`, query]).then(([, rows]) => rows);
}

/** The rows of one statement run so, on the pool without Prisma: for the reads whose answers are large (a broad word's records). */
export function indexScanRows<Row extends QueryResultRow>(query: Prisma.Sql): Promise<Row[]> {
  return sqlRowsWithSettings<Row>({ enable_seqscan: "off" }, query);
}
