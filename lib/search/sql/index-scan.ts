import "server-only";
import { sqlRowsWithSettings } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { QueryResultRow } from "pg";

// Broad words match most documents; the planner then prefers a sequential scan,
// which must decompress every document. The GIN bitmap never needs to.

/** The rows of one statement, run in a transaction that keeps the planner off sequential scans. */
export function indexScanRows<Row extends QueryResultRow>(query: Prisma.Sql): Promise<Row[]> {
  return sqlRowsWithSettings<Row>({ enable_seqscan: "off" }, query);
}
