import "server-only";
import { generationCache } from "@/lib/search/cache";
import { readGeneration } from "@/lib/search/generation";
import { freshnessStampAt } from "@/lib/search/freshness-stamp";
import { searchQueryString } from "@/lib/search/query";
import { inFlight } from "@/lib/search/in-flight";
import type { CatalogueStatistics, StatisticsSelection } from "./types";

// Counting 50 000 entries takes a few hundred milliseconds; the same figures
// are asked for again and again (the whole catalogue above all). Answers are
// kept like the search's, for as long as the catalogue's generation holds,
// and a count under way is shared by everyone asking for it meanwhile.

const answers = generationCache<CatalogueStatistics>(200);
const counting = inFlight<CatalogueStatistics>();

/** Figures are kept, as search answers, under the generation and the freshness stamp they were counted at (ADR 013). */
export async function cachedStatistics(
  selection: StatisticsSelection,
  now: Date,
  count: (selection: StatisticsSelection, now: Date) => Promise<CatalogueStatistics>,
): Promise<CatalogueStatistics> {
  const generation = await readGeneration();
  const stamp = await freshnessStampAt(generation, now);
  const key = `${stamp}:${searchQueryString(selection)}`;
  return answers(generation, key, () => counting(`${generation}:${key}`, () => count(selection, now)));
}
