import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { FACETS, type Facet } from "@/lib/catalogue/vocabularies";
import { freshnessLines, type Freshness, type FreshnessLines } from "@/lib/verification/freshness";
import type { FacetFilters } from "../types";

// The facet filters of a search as SQL over search_documents: values of one
// facet are OR-ed, facets AND-ed. Search, exports and statistics share it, so
// they always agree on what a selection holds.

const ARRAY_COLUMNS = { country: "countries", level: "levels", theme: "themes" } as const;

/**
 * How a condition reads its column. Beside words, "filtered" hides the
 * column's index from the planner: it knows how many documents a constant
 * tsquery matches and may then prefer a facet's index, and read and decompress
 * the text of every document with that value (a level: 30 000 of 50 000)
 * instead of the few the words match (ADR 008).
 */
export type FacetColumnUse = "indexed" | "filtered";

function column(facet: Exclude<Facet, "freshness">, use: FacetColumnUse): Prisma.Sql {
  if (facet === "kind" || facet === "evidence") {
    const name = Prisma.raw(facet);
    return use === "indexed" ? name : Prisma.sql`(${name} || '')`;
  }
  const name = Prisma.raw(ARRAY_COLUMNS[facet]);
  return use === "indexed" ? name : Prisma.sql`(${name} || '{}'::text[])`;
}

/** Freshness as judged at the moment of these lines, by lib/verification/freshness.ts's rule (freshnessAt). */
export function freshnessSql(lines: FreshnessLines): Prisma.Sql {
  const due = new Date(lines.due);
  const stale = new Date(lines.stale);
  return Prisma.sql`(CASE WHEN last_verified_at IS NULL OR last_verified_at <= ${stale} THEN 'stale'
                          WHEN last_verified_at <= ${due} THEN 'due' ELSE 'current' END)`;
}

function freshnessCondition(values: string[], lines: FreshnessLines): Prisma.Sql {
  const due = new Date(lines.due);
  const stale = new Date(lines.stale);
  const states: Record<Freshness, Prisma.Sql> = {
    current: Prisma.sql`last_verified_at > ${due}`,
    due: Prisma.sql`(last_verified_at > ${stale} AND last_verified_at <= ${due})`,
    stale: Prisma.sql`(last_verified_at IS NULL OR last_verified_at <= ${stale})`,
  };
  const chosen = values.flatMap((v) => (v === "current" || v === "due" || v === "stale" ? [states[v]] : []));
  return chosen.length > 0 ? Prisma.sql`(${Prisma.join(chosen, " OR ")})` : Prisma.sql`false`;
}

/**
 * SQL condition "this facet's selection holds" (true when nothing is
 * selected). Freshness is judged at `now`.
 */
export function facetCondition(facet: Facet, values: string[], use: FacetColumnUse = "indexed", now: Date = new Date()): Prisma.Sql {
  if (values.length === 0) return Prisma.sql`true`;
  if (facet === "freshness") return freshnessCondition(values, freshnessLines(now));
  if (facet === "kind" || facet === "evidence") return Prisma.sql`${column(facet, use)} = ANY(${values}::text[])`;
  return Prisma.sql`${column(facet, use)} && ${values}::text[]`;
}

/** One condition per facet, to be AND-ed (columns of search_documents, unqualified). */
export function facetConditions(filters: FacetFilters, use: FacetColumnUse = "indexed", now: Date = new Date()): Prisma.Sql[] {
  return FACETS.map((f) => facetCondition(f, filters[f], use, now));
}

/** SQL condition "the document has one of these facet values" (null for none). */
export function unitFacetCondition(values: readonly { facet: Facet; value: string }[]): Prisma.Sql | null {
  if (values.length === 0) return null;
  return Prisma.sql`(${Prisma.join(values.map(({ facet, value }) => facetCondition(facet, [value])), " OR ")})`;
}
