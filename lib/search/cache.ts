import "server-only";
import { LRUCache } from "lru-cache";
import { searchQueryString } from "./query";
import type { SearchQuery, SearchResult } from "./types";

// Recently answered searches, per server process. Every entry is stamped with
// the catalogue's generation (bumped in the same transaction as any index
// change), so a cached answer is only used while it is still exactly right;
// nothing here is state another instance needs.

const size = Number(process.env.SEARCH_CACHE_SIZE ?? 1000);
const results = size > 0 ? new LRUCache<string, SearchResult>({ max: size }) : null;

export function cacheKey(generation: bigint, query: SearchQuery): string {
  return `${generation}:${query.pageSize}:${query.sort}:${searchQueryString({ ...query, sort: undefined })}`;
}

export async function cachedSearch(
  generation: bigint,
  query: SearchQuery,
  run: (query: SearchQuery) => Promise<SearchResult>,
): Promise<SearchResult> {
  if (!results) return run(query);
  const key = cacheKey(generation, query);
  const hit = results.get(key);
  if (hit) return hit;
  const result = await run(query);
  results.set(key, result);
  return result;
}
