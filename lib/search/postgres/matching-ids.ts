import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SearchQuery } from "../types";
import { facetConditions } from "./facet-conditions";
import { buildTextMatch } from "./text-match";

// Every entry a search matches, in the search's own order, without paging:
// what exports need. The conditions and orders are those of search.ts and the
// facet index, so an export lists exactly what the search pages show.

export type MatchQuery = Pick<SearchQuery, "q" | "filters" | "sort">;

/** Entry ids matching the query, best first; at most `limit` of them. */
export async function matchingEntryIds(query: MatchQuery, limit: number): Promise<string[]> {
  const { tsquery } = await buildTextMatch(query.q);
  const conditions = [...(tsquery ? [Prisma.sql`document @@ ${tsquery}`] : []), ...facetConditions(query.filters)];
  const order =
    tsquery && query.sort === "relevance"
      ? Prisma.sql`ts_rank(head, ${tsquery}, 1) DESC, published_at DESC, slug`
      : query.sort === "title"
        ? Prisma.sql`sort_title, slug`
        : Prisma.sql`published_at DESC, slug`;
  const select = db.$queryRaw<{ entry_id: string }[]>`
    SELECT entry_id::text AS entry_id FROM search_documents
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY ${order}
    LIMIT ${limit}`;
  // As in search.ts: broad words otherwise lead the planner to a sequential
  // scan, which must decompress every document.
  const rows = tsquery ? (await db.$transaction([db.$executeRaw`SET LOCAL enable_seqscan = off`, select]))[1] : await select;
  return rows.map((r) => r.entry_id);
}
