import "server-only";
import { postgresEngine } from "./postgres/engine";
import type { SearchEngine, SearchQuery, SearchResult } from "./types";

// The engine in use. PostgreSQL is always available; Meilisearch joins here.
export function searchEngine(): SearchEngine {
  return postgresEngine;
}

export function searchCatalogue(query: SearchQuery): Promise<SearchResult> {
  return searchEngine().search(query);
}

export type { SearchQuery, SearchResult, SearchHit, FacetCount, HighlightSegment } from "./types";
