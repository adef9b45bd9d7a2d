import "server-only";
import { LRUCache } from "lru-cache";
import { searchCacheSize } from "./cache-size";
import { searchQueryString } from "./query";
import type { SearchQuery, SearchResult } from "./types";

// Recently computed answers, per server process. Every answer is stamped with
// the catalogue's generation (bumped in the same transaction as any index
// change), so a cached answer is only used while it is still exactly right;
// nothing here is state another instance needs.

export type GenerationCache<T> = (generation: bigint, key: string, compute: () => Promise<T>) => Promise<T>;

/** A cache of at most `size` answers (none when size is 0), valid for the generation they were computed at. */
export function generationCache<T extends NonNullable<unknown>>(size: number): GenerationCache<T> {
  const answers = size > 0 ? new LRUCache<string, T>({ max: size }) : null;
  return async (generation, key, compute) => {
    if (!answers) return compute();
    const stamped = `${generation}:${key}`;
    const hit = answers.get(stamped);
    if (hit) return hit;
    const answer = await compute();
    answers.set(stamped, answer);
    return answer;
  };
}

const searches = generationCache<SearchResult>(searchCacheSize());

function searchKey(query: SearchQuery): string {
  return `${query.pageSize}:${query.sort}:${searchQueryString({ ...query, sort: undefined })}`;
}

/**
 * An answer kept under the generation and the freshness stamp it was computed
 * at (facet-bits.ts): freshness changes with the clock as well as with writes,
 * and the stamp changes exactly when some entry's freshness has.
 */
export function cachedSearch(
  generation: bigint,
  freshnessStamp: string,
  query: SearchQuery,
  run: (query: SearchQuery) => Promise<SearchResult>,
): Promise<SearchResult> {
  return searches(generation, `${freshnessStamp}:${searchKey(query)}`, () => run(query));
}
