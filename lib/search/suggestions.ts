import "server-only";
import { searchCatalogue } from "./index";
import { emptyFilters } from "./query";
import { tokenise } from "./text";
import type { SearchQuery } from "./types";

// What would help when a search finds nothing (issue 12). The engines match
// every word (no "any word" or "titles only" mode yet), so the way out is fewer
// words: each word alone, with how many entries it finds under the same filters,
// and, with a country filter on, the same search in every country.

export type WordSuggestion = { word: string; total: number };
export type EmptySearchSuggestions = { words: WordSuggestion[]; allCountries: number | null };

async function count(query: SearchQuery): Promise<number> {
  return (await searchCatalogue({ ...query, page: 1, pageSize: 1 })).total;
}

/** Counts for the searches the empty state offers; words that find nothing are left out. */
export async function emptySearchSuggestions(query: SearchQuery): Promise<EmptySearchSuggestions> {
  const words = tokenise(query.q);
  const [wordTotals, allCountries] = await Promise.all([
    words.length > 1 ? Promise.all(words.map(async (word) => ({ word, total: await count({ ...query, q: word }) }))) : [],
    query.filters.country.length > 0 ? count({ ...query, filters: { ...query.filters, country: emptyFilters().country } }) : null,
  ]);
  return { words: wordTotals.filter((w) => w.total > 0), allCountries };
}
