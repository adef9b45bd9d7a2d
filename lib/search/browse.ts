import "server-only";
import { FACET_VOCABULARIES, type Facet } from "@/lib/catalogue/vocabularies";
import type { SearchParamValues } from "@/lib/http/search-params";
import { searchCatalogue } from "./index";
import { defaultSearchQuery, emptyFilters, parseSearchParams, toURLSearchParams } from "./query";

export type FacetValueCount = { value: string; label: string; count: number };

/** Every value of a vocabulary with its number of published entries (zeros too). */
export async function countFacetValues(facet: Facet): Promise<FacetValueCount[]> {
  const result = await searchCatalogue(defaultSearchQuery({ pageSize: 1 }));
  const counts = new Map(result.facets[facet].map((c) => [c.value, c.count]));
  return FACET_VOCABULARIES[facet].map((t) => ({ value: t.value, label: t.label, count: counts.get(t.value) ?? 0 }));
}

/** Searches the entries of one facet value, newest first, for its landing page. */
export async function browseFacetValue(facet: Facet, value: string, page: number) {
  const query = defaultSearchQuery({ filters: { ...emptyFilters(), [facet]: [value] }, page });
  return { query, result: await searchCatalogue(query) };
}

/** The `page` of a landing page's URL; anything odd means the first page. */
export function landingPage(searchParams: SearchParamValues): number {
  return parseSearchParams(toURLSearchParams({ page: searchParams.page })).query.page;
}
