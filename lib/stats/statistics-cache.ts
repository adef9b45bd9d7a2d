import "server-only";
import { LRUCache } from "lru-cache";
import { readGeneration } from "@/lib/search/postgres/indexer";
import { searchQueryString } from "@/lib/search/query";
import type { CatalogueStatistics, StatisticsSelection } from "./types";

// Counting 50 000 entries takes a few hundred milliseconds; the same figures
// are asked for again and again (the whole catalogue above all). Answers are
// stamped with the catalogue's generation, as the search cache's are, so one is
// only reused while the catalogue is unchanged.

const answers = new LRUCache<string, CatalogueStatistics>({ max: 200 });

export async function cachedStatistics(
  selection: StatisticsSelection,
  count: (selection: StatisticsSelection) => Promise<CatalogueStatistics>,
): Promise<CatalogueStatistics> {
  const key = `${await readGeneration()}:${searchQueryString(selection)}`;
  const hit = answers.get(key);
  if (hit) return hit;
  const answer = await count(selection);
  answers.set(key, answer);
  return answer;
}
