import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SearchQuery } from "../types";
import { readSelection, selectionSql } from "./selection";

// Every entry a search matches, in the search's own order, without paging:
// what exports need. The conditions and orders are those of the PostgreSQL
// engine and its facet index, so an export lists exactly what the search pages show.

export type MatchQuery = Pick<SearchQuery, "q" | "filters" | "sort">;

/** Entry ids matching the query, best first; at most `limit` of them (freshness judged at `now`). */
export async function matchingEntryIds(query: MatchQuery, limit: number, now: Date = new Date()): Promise<string[]> {
  const selection = await selectionSql(query, { now });
  const order =
    selection.relevance && query.sort === "relevance"
      ? selection.relevance
      : query.sort === "title"
        ? Prisma.sql`sort_title, slug`
        : Prisma.sql`published_at DESC, slug`;
  const rows = await readSelection<{ entry_id: string }>(
    selection,
    Prisma.sql`
      SELECT entry_id::text AS entry_id FROM search_documents
      WHERE ${selection.where}
      ORDER BY ${order}
      LIMIT ${limit}`,
  );
  return rows.map((r) => r.entry_id);
}
