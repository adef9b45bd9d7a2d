import "server-only";
import { LRUCache } from "lru-cache";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { inFlight } from "../in-flight";

// Which documents changed between two search generations, as the triggers on
// search_documents record them (migration 20261209010000): what a kept word's
// scores need rescanned to be right at the newer generation (ADR 010).

/** Beyond this many changed documents a word is read whole again: a bulk import, a reindex. */
export const MAX_CHANGED_DOCUMENTS = 2_000;

type Row = { generations: bigint; everything: boolean | null; docs: number[] | null };

/** The doc_nos changed in (from, to], read by `client` (a transaction's snapshot); null when unknown or more than `max`. */
export async function readChanges(client: Prisma.TransactionClient, from: bigint, to: bigint, max: number): Promise<Int32Array | null> {
  const [row] = await client.$queryRaw<Row[]>`
    SELECT count(DISTINCT generation) AS generations, bool_or(doc_no < 0) AS everything,
           CASE WHEN count(DISTINCT doc_no) <= ${max} THEN array_agg(DISTINCT doc_no ORDER BY doc_no) END AS docs
    FROM search_document_changes WHERE generation > ${from} AND generation <= ${to}`;
  // Every generation of the span must be there: one written before the table
  // existed, or pruned since, leaves the span unknown.
  if (!row || row.generations !== to - from || row.everything || !row.docs) return null;
  return Int32Array.from(row.docs);
}

// Every kept word asks for the same span after a change: it is read once.
const known = new LRUCache<string, { docs: Int32Array | null }>({ max: 32 });
const reading = inFlight<Int32Array | null>();

/** The doc_nos (ascending) changed after generation `from` up to `to`; null when unknown or too many to rescan. */
export async function changedDocuments(from: bigint, to: bigint): Promise<Int32Array | null> {
  if (to <= from) return null;
  const key = `${from}|${to}`;
  const kept = known.get(key);
  if (kept) return kept.docs;
  return reading(key, async () => {
    const docs = await readChanges(db, from, to, MAX_CHANGED_DOCUMENTS);
    known.set(key, { docs });
    return docs;
  });
}
