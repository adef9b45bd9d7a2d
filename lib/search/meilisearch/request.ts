import type { MultiSearchParams, MultiSearchQuery } from "meilisearch";
import type { Facet } from "@/lib/catalogue/vocabularies";
import { foldWord, hasNonLatinLetters } from "@/lib/text/fold";
import { MARK_END, MARK_START } from "../highlight";
import { analyseQuery, type QueryAnalysis } from "../understanding/analyse";
import type { SearchQuery, Sort } from "../types";
import { boostGroup, boostedQuery } from "./boost";
import { FRESHNESS_STATES, freshnessLines, type FreshnessLines } from "@/lib/verification/freshness";
import { FACET_ATTRIBUTES, buildFilter, freshnessExpression, selectedFacets } from "./filters";

// One search is one multi-search request: the page of hits with the counts of
// every facet without a selection, then, per facet with a selection, a query
// without that facet's own filter for its counts (disjunctive facets), then
// one count per state of freshness (judged from a date, it has no values to
// distribute), then, when words of the query only name a facet value, the
// page among the entries that have it (boost.ts).

/** "all": every word must match; "last": Meilisearch drops words from the end until something matches. */
export type MatchingStrategy = "all" | "last";

export type SearchPlan = {
  params: MultiSearchParams;
  /** countedFacets[i] is counted by the query at results[i + 1]. */
  countedFacets: Exclude<Facet, "freshness">[];
  /** FRESHNESS_STATES[i] is counted by the query at results[freshnessAt + i]. */
  freshnessAt: number;
  /** The facet values that rank first (one OR group), and its query's place in results; null when none. */
  boost: { group: string[]; at: number } | null;
  /** How many words q holds: a loose retry only helps with more than one. */
  wordCount: number;
  strategy: MatchingStrategy;
};

/** Attributes a hit needs: everything else stays on the server. */
export const HIT_ATTRIBUTES = ["slug", "title", "titleLang", "kind", "summary", "countries", "levels", "themes", "translations", "evidenceLevel"];

const SORT_RULES: Record<Exclude<Sort, "relevance">, string[]> = {
  newest: ["publishedAt:desc"],
  title: ["sortTitle:asc"],
};

/**
 * A word as sent: in Latin letters when written in another script, so that
 * it matches Latin text and, through each document's `latin` field, text in
 * its own script; a Latin word as typed, since Meilisearch folds its accents
 * the way it folds the documents' (which foldWord does not always: "ø").
 * Only one spelling is sent: with matchingStrategy "all" both would be required.
 */
function sentWord(word: string): string {
  return hasNonLatinLetters(word) ? foldWord(word) : word;
}

/**
 * The words sent as q. They come from the query analysis, which keeps letters
 * and digits only (no phrase quotes or leading minus reach Meilisearch), drops
 * stop words and caps their number. Words that only name a facet value
 * ("Sweden", "primary") are left out when other words remain: they rank
 * instead of being required, as in the PostgreSQL engine.
 */
export function queryWords(analysis: QueryAnalysis): string[] {
  const required = analysis.units.filter((u) => !u.optional);
  const units = required.length > 0 ? required : analysis.units;
  return units.flatMap((u) => u.typed.split(" ")).map(sentWord).filter(Boolean);
}

/** The query text as sent to Meilisearch (see queryWords). */
export function queryText(q: string): string {
  return queryWords(analyseQuery(q)).join(" ");
}

function sortFor(sort: Sort, text: string): string[] | undefined {
  // Relevance needs words to rank by; without them the newest come first.
  if (sort === "relevance") return text ? undefined : SORT_RULES.newest;
  return SORT_RULES[sort];
}

/** Adds the filter only when there is one (an empty list is no restriction). */
export function withFilter(query: MultiSearchQuery, filter: string[][]): MultiSearchQuery {
  return filter.length > 0 ? { ...query, filter } : query;
}

/** `lines`: the freshness lines of the moment searched at (lib/verification/freshness.ts). */
export function buildSearchPlan(
  query: SearchQuery,
  indexUid: string,
  analysis: QueryAnalysis = analyseQuery(query.q),
  strategy: MatchingStrategy = "all",
  lines: FreshnessLines = freshnessLines(new Date()),
): SearchPlan {
  const words = queryWords(analysis);
  const q = words.join(" ");
  const counted = selectedFacets(query.filters);
  const sort = sortFor(query.sort, q);
  // Every document has exactly one kind, so the kind counts of the main query
  // always add up to its total (see mapping.ts): kind is always asked for.
  const mainFacets = new Set<string>([FACET_ATTRIBUTES.kind]);
  for (const [facet, attribute] of Object.entries(FACET_ATTRIBUTES)) {
    if (!counted.some((f) => f === facet)) mainFacets.add(attribute);
  }
  const filter = buildFilter(query.filters, undefined, lines);
  const main: MultiSearchQuery = withFilter(
    {
      indexUid,
      q,
      matchingStrategy: strategy,
      page: query.page,
      hitsPerPage: query.pageSize,
      facets: [...mainFacets],
      attributesToRetrieve: HIT_ATTRIBUTES,
      attributesToHighlight: ["title", "summary"],
      highlightPreTag: MARK_START,
      highlightPostTag: MARK_END,
      ...(sort ? { sort } : {}),
    },
    filter,
  );
  const facetQueries = counted.map((facet) =>
    withFilter(
      // page + hitsPerPage 0: exhaustive counts, no documents.
      { indexUid, q, matchingStrategy: strategy, page: 1, hitsPerPage: 0, facets: [FACET_ATTRIBUTES[facet]] },
      buildFilter(query.filters, facet, lines),
    ),
  );
  // page + hitsPerPage 0 again; the kind counts add up to the exact number (every entry has one kind).
  const others = buildFilter(query.filters, "freshness", lines);
  const freshnessQueries = FRESHNESS_STATES.map((state) =>
    withFilter(
      { indexUid, q, matchingStrategy: strategy, page: 1, hitsPerPage: 0, facets: [FACET_ATTRIBUTES.kind] },
      [...others, [freshnessExpression(state, lines)]],
    ),
  );
  // A chosen order (newest, title) is kept as it is, as in the PostgreSQL engine.
  const group = q && query.sort === "relevance" ? boostGroup(analysis.units) : [];
  const boosted = group.length > 0 ? [boostedQuery(main, filter, group, (query.page - 1) * query.pageSize, query.pageSize)] : [];
  return {
    params: { queries: [main, ...facetQueries, ...freshnessQueries, ...boosted] },
    countedFacets: counted,
    freshnessAt: 1 + facetQueries.length,
    boost: group.length > 0 ? { group, at: 1 + facetQueries.length + freshnessQueries.length } : null,
    wordCount: words.length,
    strategy,
  };
}
