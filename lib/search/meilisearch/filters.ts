import { FACETS, type Facet } from "@/lib/catalogue/vocabularies";
import type { FacetFilters } from "../types";

// Facet selections as a Meilisearch filter in its array form: the outer array
// is AND-ed, each inner array OR-ed. Attribute names come only from the table
// below and every value is a quoted, escaped string literal, so no input can
// add an operator, close the literal early or name another attribute.

/** The document attribute that holds each facet's values. */
export const FACET_ATTRIBUTES = {
  country: "countries",
  level: "levels",
  theme: "themes",
  kind: "kind",
} as const satisfies Record<Facet, string>;

export type FacetAttribute = (typeof FACET_ATTRIBUTES)[Facet];

/**
 * A string literal of Meilisearch's filter syntax. Its parser ends a quoted
 * value at the first unescaped quote, then undoes `\"` and `\\`; doubling every
 * backslash before escaping quotes makes that round trip exact.
 */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/**
 * OR within a facet, AND across facets. `exclude` leaves one facet's selection
 * out, which is what that facet's own (disjunctive) counts are computed under.
 * An empty array means "no filter".
 */
export function buildFilter(filters: FacetFilters, exclude?: Facet): string[][] {
  const groups: string[][] = [];
  for (const facet of FACETS) {
    if (facet === exclude) continue;
    const values = [...new Set(filters[facet])];
    if (values.length === 0) continue;
    const attribute = FACET_ATTRIBUTES[facet];
    groups.push(values.map((v) => `${attribute} = ${quoteFilterValue(v)}`));
  }
  return groups;
}

/** The facets with a selection: each needs its own count query. */
export function selectedFacets(filters: FacetFilters): Facet[] {
  return FACETS.filter((f) => filters[f].length > 0);
}

/** The facet whose attribute this is, for reading facet distributions back. */
export function facetOfAttribute(attribute: string): Facet | undefined {
  return FACETS.find((f) => FACET_ATTRIBUTES[f] === attribute);
}
