import "server-only";
import { sqlRows } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { FacetFilters } from "../types";
import { facetConditions } from "./facet-conditions";
import type { QueryResultRow } from "pg";
import { indexScanRows } from "./index-scan";
import { buildTextMatch, matchCondition, relevanceOrder } from "./text-match";

// A search's words and facet filters as one SQL condition over
// search_documents. Every catalogue change writes those documents in its own
// transaction, whichever engine answers searches (lib/search/index.ts), so
// exports and statistics read them directly, through this folder: the SQL
// they share with the PostgreSQL engine, whose other parts are its own.

export type Selection = { q: string; filters: FacetFilters };

export type SelectionSql = {
  /** Whether the selection has words (then it is read by index scan). */
  hasText: boolean;
  /** The whole condition (columns of search_documents, unqualified). */
  where: Prisma.Sql;
  /** ORDER BY terms for relevance, or null without words. */
  relevance: Prisma.Sql | null;
  /** True when no entry has every word, so the entries with any of them are selected. */
  loose: boolean;
};

/**
 * The selection as SQL. As on the search page, when no entry has every word
 * under these filters, the selection is the entries with any of them; with
 * `strict` (alerts: only what truly matches is news) it stays every word.
 * Freshness is judged at `now`.
 */
export async function selectionSql(selection: Selection, { strict = false, now = new Date() }: { strict?: boolean; now?: Date } = {}): Promise<SelectionSql> {
  const match = await buildTextMatch(selection.q);
  if (match.units.length === 0) return { hasText: false, where: Prisma.join(facetConditions(selection.filters, "indexed", now), " AND "), relevance: null, loose: false };
  const filters = facetConditions(selection.filters, "filtered", now);
  const everyWord = Prisma.join([matchCondition(match, false), ...filters], " AND ");
  if (strict) return { hasText: true, where: everyWord, relevance: relevanceOrder(match, false), loose: false };
  const found = await indexScanRows<{ found: boolean }>(Prisma.sql`SELECT EXISTS (SELECT 1 FROM search_documents WHERE ${everyWord}) AS found`);
  const loose = !found[0]?.found && match.units.length > 1;
  return {
    hasText: true,
    where: loose ? Prisma.join([matchCondition(match, true), ...filters], " AND ") : everyWord,
    relevance: relevanceOrder(match, loose),
    loose,
  };
}

/** The rows of a query of the selection; read by index scan when it has words (see index-scan.ts). */
export function readSelection<Row extends QueryResultRow>(selection: SelectionSql, query: Prisma.Sql): Promise<Row[]> {
  return selection.hasText ? indexScanRows<Row>(query) : sqlRows<Row>(query);
}
