import "server-only";
import { searchCatalogue, type SearchResult } from "@/lib/search";
import { generationCache } from "@/lib/search/cache";
import { readGeneration } from "@/lib/search/generation";
import { defaultSearchQuery } from "@/lib/search/query";
import { inFlight } from "@/lib/search/in-flight";

// The home page shows one answer to everyone: the whole catalogue's counts
// (kinds, the map, levels, themes) and its newest entries. It changes only
// when the catalogue does, so it is kept for the catalogue's generation, as
// the statistics are (lib/stats/statistics-cache.ts), whatever the search
// cache's size: that cache is for the long tail of different searches.

const NEWEST = 6;
const overview = generationCache<SearchResult>(1);
const computing = inFlight<SearchResult>();

/** The whole catalogue's facet counts and its newest entries, right for the current generation. */
export async function catalogueOverview(): Promise<SearchResult> {
  const generation = await readGeneration();
  return overview(generation, "home", () => computing(String(generation), () => searchCatalogue(defaultSearchQuery({ pageSize: NEWEST }))));
}
