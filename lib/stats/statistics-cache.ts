import "server-only";
import { generationCache } from "@/lib/search/cache";
import { readGeneration } from "@/lib/search/generation";
import { searchQueryString } from "@/lib/search/query";
import type { CatalogueStatistics, StatisticsSelection } from "./types";

// Counting 50 000 entries takes a few hundred milliseconds; the same figures
// are asked for again and again (the whole catalogue above all). Answers are
// kept like the search's, for as long as the catalogue's generation holds.

const answers = generationCache<CatalogueStatistics>(200);

export async function cachedStatistics(
  selection: StatisticsSelection,
  count: (selection: StatisticsSelection) => Promise<CatalogueStatistics>,
): Promise<CatalogueStatistics> {
  return answers(await readGeneration(), searchQueryString(selection), () => count(selection));
}
