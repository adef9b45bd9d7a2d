import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { FacetFilters } from "../types";
import { facetConditions } from "./facet-conditions";
import { withIndexScan } from "./index-scan";
import { buildTextMatch } from "./text-match";

// A search's words and facet filters as one SQL condition over
// search_documents. Every catalogue change writes those documents in its own
// transaction, whichever engine answers searches (lib/search/index.ts), so
// exports and statistics read them directly, through this folder: the SQL
// they share with the PostgreSQL engine, whose other parts are its own.

export type Selection = { q: string; filters: FacetFilters };

export type SelectionSql = {
  /** The words as a tsquery, or null when there are none. */
  tsquery: Prisma.Sql | null;
  /** The whole condition (columns of search_documents, unqualified). */
  where: Prisma.Sql;
};

export async function selectionSql(selection: Selection): Promise<SelectionSql> {
  const { tsquery } = await buildTextMatch(selection.q);
  const conditions = [...(tsquery ? [Prisma.sql`document @@ ${tsquery}`] : []), ...facetConditions(selection.filters)];
  return { tsquery, where: Prisma.join(conditions, " AND ") };
}

/** Runs a query of the selection; by index scan when it has words (see index-scan.ts). */
export async function readSelection<T>(selection: SelectionSql, query: Prisma.PrismaPromise<T>): Promise<T> {
  return selection.tsquery ? withIndexScan(query) : query;
}
