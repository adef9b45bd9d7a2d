import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { FACETS, type Facet } from "@/lib/catalogue/vocabularies";
import type { FacetFilters } from "../types";

// The facet filters of a search as SQL over search_documents: values of one
// facet are OR-ed, facets AND-ed. Search, exports and statistics share it, so
// they always agree on what a selection holds.

const ARRAY_COLUMNS = { country: "countries", level: "levels", theme: "themes" } as const;

/** SQL condition "this facet's selection holds" (true when nothing is selected). */
export function facetCondition(facet: Facet, values: string[]): Prisma.Sql {
  if (values.length === 0) return Prisma.sql`true`;
  if (facet === "kind") return Prisma.sql`kind = ANY(${values}::text[])`;
  return Prisma.sql`${Prisma.raw(ARRAY_COLUMNS[facet])} && ${values}::text[]`;
}

/** One condition per facet, to be AND-ed (columns of search_documents, unqualified). */
export function facetConditions(filters: FacetFilters): Prisma.Sql[] {
  return FACETS.map((f) => facetCondition(f, filters[f]));
}

/** SQL condition "the document has one of these facet values" (null for none). */
export function unitFacetCondition(values: readonly { facet: Facet; value: string }[]): Prisma.Sql | null {
  if (values.length === 0) return null;
  const conditions = values.map(({ facet, value }) =>
    facet === "kind" ? Prisma.sql`kind = ${value}` : Prisma.sql`${Prisma.raw(ARRAY_COLUMNS[facet])} @> ARRAY[${value}]::text[]`,
  );
  return Prisma.sql`(${Prisma.join(conditions, " OR ")})`;
}
