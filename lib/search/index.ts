import "server-only";
import { cachedSearch } from "./cache";
import { postgresEngine } from "./postgres/engine";
import { readGeneration } from "./postgres/indexer";
import type { SearchEngine, SearchQuery, SearchResult } from "./types";

// The engine in use. PostgreSQL is always available; Meilisearch joins here.
export function searchEngine(): SearchEngine {
  return postgresEngine;
}

export async function searchCatalogue(query: SearchQuery): Promise<SearchResult> {
  const engine = searchEngine();
  const generation = await readGeneration();
  return cachedSearch(generation, query, (q) => engine.search(q, { generation }));
}

export type { SearchQuery, SearchResult, SearchHit, FacetCount, HighlightSegment } from "./types";
