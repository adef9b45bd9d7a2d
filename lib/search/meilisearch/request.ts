import type { MultiSearchParams, MultiSearchQuery } from "meilisearch";
import type { Facet } from "@/lib/catalogue/vocabularies";
import { MARK_END, MARK_START } from "../highlight";
import { tokenise } from "../text";
import type { SearchQuery, Sort } from "../types";
import { FACET_ATTRIBUTES, buildFilter, selectedFacets } from "./filters";

// One search is one multi-search request: the page of hits with the counts of
// every facet without a selection, then, per facet with a selection, a query
// without that facet's own filter for its counts (disjunctive facets).

export type SearchPlan = {
  params: MultiSearchParams;
  /** countedFacets[i] is counted by the query at results[i + 1]. */
  countedFacets: Facet[];
};

/** Attributes a hit needs: everything else stays on the server. */
export const HIT_ATTRIBUTES = ["slug", "title", "titleLang", "kind", "summary", "countries", "levels", "themes"];

const SORT_RULES: Record<Exclude<Sort, "relevance">, string[]> = {
  newest: ["publishedAt:desc"],
  title: ["sortTitle:asc"],
};

/**
 * The words of the query as plain text. Tokenising as the PostgreSQL engine
 * does drops Meilisearch's own syntax (phrase quotes, a leading minus for
 * negation), stop words and words past the limit.
 */
export function queryText(q: string): string {
  return tokenise(q).join(" ");
}

function sortFor(sort: Sort, text: string): string[] | undefined {
  // Relevance needs words to rank by; without them the newest come first.
  if (sort === "relevance") return text ? undefined : SORT_RULES.newest;
  return SORT_RULES[sort];
}

/** Adds the filter only when there is one (an empty list is no restriction). */
function withFilter(query: MultiSearchQuery, filter: string[][]): MultiSearchQuery {
  return filter.length > 0 ? { ...query, filter } : query;
}

export function buildSearchPlan(query: SearchQuery, indexUid: string): SearchPlan {
  const q = queryText(query.q);
  const counted = selectedFacets(query.filters);
  const sort = sortFor(query.sort, q);
  // Every document has exactly one kind, so the kind counts of the main query
  // always add up to its total (see mapping.ts): kind is always asked for.
  const mainFacets = new Set<string>([FACET_ATTRIBUTES.kind]);
  for (const [facet, attribute] of Object.entries(FACET_ATTRIBUTES)) {
    if (!counted.some((f) => f === facet)) mainFacets.add(attribute);
  }
  const main: MultiSearchQuery = withFilter(
    {
      indexUid,
      q,
      matchingStrategy: "all",
      page: query.page,
      hitsPerPage: query.pageSize,
      facets: [...mainFacets],
      attributesToRetrieve: HIT_ATTRIBUTES,
      attributesToHighlight: ["title", "summary"],
      highlightPreTag: MARK_START,
      highlightPostTag: MARK_END,
      ...(sort ? { sort } : {}),
    },
    buildFilter(query.filters),
  );
  const facetQueries = counted.map((facet) =>
    withFilter(
      // page + hitsPerPage 0: exhaustive counts, no documents.
      { indexUid, q, matchingStrategy: "all", page: 1, hitsPerPage: 0, facets: [FACET_ATTRIBUTES[facet]] },
      buildFilter(query.filters, facet),
    ),
  );
  return { params: { queries: [main, ...facetQueries] }, countedFacets: counted };
}
