import { FACETS, type Facet } from "@/lib/catalogue/vocabularies";
import { FRESHNESS_STATES, type Freshness, type FreshnessLines } from "@/lib/verification/freshness";
import type { FacetFilters } from "../types";

// Facet selections as a Meilisearch filter in its array form: the outer array
// is AND-ed, each inner array OR-ed. Attribute names come only from the table
// below and every value is a quoted, escaped string literal, so no input can
// add an operator, close the literal early or name another attribute.

/** The document attribute that holds each facet's values (freshness is judged from VERIFIED_ATTRIBUTE). */
export const FACET_ATTRIBUTES = {
  country: "countries",
  level: "levels",
  theme: "themes",
  kind: "kind",
  evidence: "evidence",
} as const satisfies Record<Exclude<Facet, "freshness">, string>;

export type FacetAttribute = (typeof FACET_ATTRIBUTES)[keyof typeof FACET_ATTRIBUTES];

/** When the entry was last verified, in ms since the epoch (null: never). */
export const VERIFIED_ATTRIBUTE = "lastVerifiedAt";

/**
 * A string literal of Meilisearch's filter syntax. Its parser ends a quoted
 * value at the first unescaped quote, then undoes `\"` and `\\`; doubling every
 * backslash before escaping quotes makes that round trip exact.
 */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/**
 * One state of freshness as a filter expression, by the rule of
 * lib/verification/freshness.ts (freshnessAt): only numbers of our own clock
 * go into it. Each string of the array form is a whole expression, so the
 * parentheses keep its AND and OR inside.
 */
export function freshnessExpression(state: Freshness, lines: FreshnessLines): string {
  const due = Math.trunc(lines.due);
  const stale = Math.trunc(lines.stale);
  switch (state) {
    case "current":
      return `${VERIFIED_ATTRIBUTE} > ${due}`;
    case "due":
      return `(${VERIFIED_ATTRIBUTE} > ${stale} AND ${VERIFIED_ATTRIBUTE} <= ${due})`;
    case "stale":
      return `(${VERIFIED_ATTRIBUTE} IS NULL OR ${VERIFIED_ATTRIBUTE} <= ${stale})`;
  }
}

const isFreshness = (value: string): value is Freshness => (FRESHNESS_STATES as readonly string[]).includes(value);

/**
 * OR within a facet, AND across facets. `exclude` leaves one facet's selection
 * out, which is what that facet's own (disjunctive) counts are computed under.
 * Freshness is judged by `lines`; its values were checked by the query parser
 * (others are left out). An empty array means "no filter".
 */
export function buildFilter(filters: FacetFilters, exclude?: Facet, lines?: FreshnessLines): string[][] {
  const groups: string[][] = [];
  for (const facet of FACETS) {
    if (facet === exclude) continue;
    const values = [...new Set(filters[facet])];
    if (values.length === 0) continue;
    if (facet === "freshness") {
      if (!lines) throw new Error("buildFilter: a freshness selection needs the moment's lines");
      const states = values.filter(isFreshness);
      if (states.length > 0) groups.push(states.map((state) => freshnessExpression(state, lines)));
      continue;
    }
    const attribute = FACET_ATTRIBUTES[facet];
    groups.push(values.map((v) => `${attribute} = ${quoteFilterValue(v)}`));
  }
  return groups;
}

/** The facets with a selection whose counts come from a facet distribution: each needs its own count query. */
export function selectedFacets(filters: FacetFilters): Exclude<Facet, "freshness">[] {
  return FACETS.filter((f): f is Exclude<Facet, "freshness"> => f !== "freshness" && filters[f].length > 0);
}
