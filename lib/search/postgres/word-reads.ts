import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { indexScanRows } from "../sql/index-scan";
import { titleOnly } from "../sql/text-match";
import { FACET_FLAG, MATCH_FLAG, TITLE_FLAG, type UnitScores } from "../unit-scores";
import { decodeRecords } from "./unit-records";

// The parts a unit's scores are put together from (unit-words.ts): one word's
// documents with its title flag and its rank alone, or the documents having a
// facet value the unit names. Read as records like a whole unit's
// (unit-records.ts), all the parts asked for at one moment in one statement:
// a unit holds a dozen words, most of them in no document, and a round trip
// and a transaction each would cost more than their reading.

/** A word of a unit (one lexeme, whole or as a prefix, as tsquery text) or the unit's facet condition. */
export type Part = { word: string } | { facet: Prisma.Sql };

/** SQL: " AND" the document is one of `only`, or nothing when `only` is null. */
export function withinDocs(only: Int32Array | null): Prisma.Sql {
  return only ? Prisma.sql` AND doc_no = ANY(${Array.from(only)}::int[])` : Prisma.empty;
}

/** SQL: the rows (doc_no, flags, rank) as one text of binary records, as decodeRecords reads them. */
export function recordsSql(rows: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`SELECT encode(string_agg(int4send(doc_no) || int2send(flags::int2) || float4send(rank), ''::bytea), 'base64') FROM (${rows}) d`;
}

function partSql(part: Part, only: Int32Array | null): Prisma.Sql {
  const within = withinDocs(only);
  if ("facet" in part) {
    return Prisma.sql`SELECT doc_no, ${MATCH_FLAG + FACET_FLAG} AS flags, 0::real AS rank FROM search_documents WHERE ${part.facet}${within}`;
  }
  const title = Prisma.sql`(head @@ ${titleOnly(part.word)}::tsquery)::int * ${TITLE_FLAG} + ${MATCH_FLAG}`;
  return Prisma.sql`SELECT doc_no, ${title} AS flags, ts_rank(head, ${part.word}::tsquery, 1) AS rank FROM search_documents WHERE document @@ ${part.word}::tsquery${within}`;
}

/** The parts' scores, read in one statement (each its own index scan), in the parts' order. */
export async function readParts(parts: readonly Part[], only: Int32Array | null = null): Promise<UnitScores[]> {
  if (parts.length === 0) return [];
  // OFFSET 0 keeps each part a subquery of its own, its scores computed once per document.
  const selects = parts.map(
    (part, i) => Prisma.sql`
    SELECT ${i}::int AS i, (${recordsSql(Prisma.sql`${partSql(part, only)} OFFSET 0`)}) AS records`,
  );
  const rows = await indexScanRows<{ i: number; records: string | null }>(Prisma.join(selects, " UNION ALL "));
  const scores: UnitScores[] = parts.map(() => decodeRecords(new Uint8Array(0), 1));
  for (const { i, records } of rows) scores[i] = decodeRecords(Buffer.from(records ?? "", "base64"), 1);
  return scores;
}

type Waiting = { part: Part; resolve: (scores: UnitScores) => void; reject: (error: unknown) => void };
let waiting: Waiting[] = [];

/**
 * One part's scores over the whole catalogue. The parts asked for in the same
 * turn of the event loop (a unit's words, asked for together) share one statement.
 */
export function readPart(part: Part): Promise<UnitScores> {
  return new Promise((resolve, reject) => {
    if (waiting.length === 0) queueMicrotask(readWaiting);
    waiting.push({ part, resolve, reject });
  });
}

function readWaiting(): void {
  const batch = waiting;
  waiting = [];
  readParts(batch.map((w) => w.part)).then(
    (scores) => batch.forEach((w, i) => w.resolve(scores[i]!)),
    (error: unknown) => batch.forEach((w) => w.reject(error)),
  );
}
