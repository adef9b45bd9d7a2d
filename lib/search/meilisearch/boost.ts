import type { MultiSearchQuery, MultiSearchResult, RecordAny } from "meilisearch";
import type { QueryUnit } from "../understanding/analyse";
import { FACET_ATTRIBUTES, quoteFilterValue } from "./filters";

// Words that only name a facet value ("STEM networks in Sweden") rank the
// entries having it first instead of being required, as in the PostgreSQL
// engine. Meilisearch cannot rank by a filter, so the page is put together
// from two disjoint lists: the matching entries that have one of those values
// (the boosted query, asked for with the rest of the search), then the others
// (the rest query, asked for only when the page reaches past the first list).
// Totals and facet counts still come from the main query, which has both.

/** The optional units' facet values as one OR group of filter expressions. */
export function boostGroup(units: readonly QueryUnit[]): string[] {
  const expressions = units
    .filter((u) => u.optional)
    .flatMap((u) => u.facets.map((f) => `${FACET_ATTRIBUTES[f.facet]} = ${quoteFilterValue(f.value)}`));
  return [...new Set(expressions)];
}

/** The main query's words and hit shape, under another filter, paged by offset and limit. */
function slice(main: MultiSearchQuery, filter: string[][], offset: number, limit: number): MultiSearchQuery {
  const { indexUid, q, matchingStrategy, attributesToRetrieve, attributesToHighlight, highlightPreTag, highlightPostTag } = main;
  const shape = { indexUid, q, matchingStrategy, attributesToRetrieve, attributesToHighlight, highlightPreTag, highlightPostTag };
  return { ...shape, offset, limit, ...(filter.length > 0 ? { filter } : {}) };
}

/**
 * The main query among entries with a boosted value. It asks for the kind
 * counts because every entry has exactly one kind: their sum is the exact
 * number of such entries, which offset/limit paging only estimates.
 */
export function boostedQuery(main: MultiSearchQuery, filter: string[][], group: string[], offset: number, limit: number): MultiSearchQuery {
  return { ...slice(main, [...filter, group], offset, limit), facets: [FACET_ATTRIBUTES.kind] };
}

/** The main query among entries with none of the boosted values. */
export function restQuery(main: MultiSearchQuery, filter: string[][], group: string[], offset: number, limit: number): MultiSearchQuery {
  return slice(main, [...filter, ...group.map((expression) => [`NOT ${expression}`])], offset, limit);
}

/** Exact number of documents a query matched, from its kind counts. */
export function kindTotal(result: MultiSearchResult<RecordAny>): number {
  return Object.values(result.facetDistribution?.[FACET_ATTRIBUTES.kind] ?? {}).reduce((sum, n) => sum + n, 0);
}

export type PageSource =
  | { from: "main" }
  | { from: "boosted" }
  | { from: "boosted+rest"; offset: number; limit: number };

/**
 * Where the page comes from once the boosted query has answered: the main
 * query's page when all or none of the matches have a boosted value (same
 * entries, same order), the boosted hits when they fill the page, else the
 * boosted hits followed by the rest query's at this offset and limit.
 */
export function pageSource(boosted: MultiSearchResult<RecordAny>, mainTotal: number, offset: number, pageSize: number): PageSource {
  const boostedTotal = kindTotal(boosted);
  if (boostedTotal === 0 || boostedTotal >= mainTotal) return { from: "main" };
  if (boosted.hits.length >= pageSize) return { from: "boosted" };
  return { from: "boosted+rest", offset: Math.max(0, offset - boostedTotal), limit: pageSize - boosted.hits.length };
}
