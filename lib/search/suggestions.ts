import "server-only";
import { searchCatalogue } from "./index";
import { emptyFilters } from "./query";
import type { SearchQuery } from "./types";

// What would help when a search finds nothing. Searches answer with the
// entries having most of their words when none has all (issue 13), so nothing
// found means no word matches under these filters: fewer words cannot help,
// other countries may.

export type EmptySearchSuggestions = { allCountries: number | null };

/** With a country filter on: how many entries the same search finds in every country. */
export async function emptySearchSuggestions(query: SearchQuery): Promise<EmptySearchSuggestions> {
  if (query.filters.country.length === 0) return { allCountries: null };
  const everywhere = { ...query, filters: { ...query.filters, country: emptyFilters().country }, page: 1, pageSize: 1 };
  return { allCountries: (await searchCatalogue(everywhere)).total };
}
