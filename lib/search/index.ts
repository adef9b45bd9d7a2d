import "server-only";
import { cachedSearch } from "./cache";
import { meiliEngine } from "./meilisearch/engine";
import { meiliStatus, type MeiliStatus } from "./meilisearch/status";
import { postgresEngine } from "./postgres/engine";
import { warmCommonWords, warmUpState, type WarmUpState } from "./postgres/warm-up";
import { warmWordsCount } from "./warm-words-setting";
import { freshnessStampAt } from "./freshness-stamp";
import { readGeneration } from "./generation";
import type { SearchEngine, SearchQuery, SearchResult } from "./types";

// Which engine answers searches, and which index every catalogue change
// writes. PostgreSQL is always both the source of truth and the fallback:
// its search documents change in the same transaction as the catalogue.
// Meilisearch, when configured, answers searches and is kept in step by the
// outbox (lib/search/outbox).

/** The index written inside each catalogue change's own transaction. */
export function catalogueIndex(): SearchEngine {
  return postgresEngine;
}

export type { MeiliStatus };

/** The Meilisearch server's version and settings state for /api/health; null when MEILI_URL is unset. */
export async function externalEngineStatus(): Promise<MeiliStatus | null> {
  const meili = meiliEngine();
  return meili ? meiliStatus(meili, meili.timeoutMs) : null;
}

export type { WarmUpState };

/**
 * At a server's start (instrumentation.ts): when searches go to PostgreSQL,
 * reads SEARCH_WARM_WORDS of the most common words in the background, once
 * per process (postgres/warm-up.ts); false when there is nothing to warm.
 */
export function startSearchWarmUp(): boolean {
  const count = warmWordsCount();
  // MEILI_URL, not meiliEngine(): a bad MEILI_* setting throws there, and instrumentation.ts reports it on its own.
  if (process.env.MEILI_URL?.trim() || count === 0 || warmUpState().state !== "off") return false;
  void warmCommonWords(count);
  return true;
}

/** How far this process's search warm-up has got, for /api/health. */
export function searchWarmUpState(): WarmUpState {
  return warmUpState();
}

/** The engine searches go to first: Meilisearch when configured, else PostgreSQL. */
export function searchEngine(): SearchEngine {
  return meiliEngine() ?? postgresEngine;
}

/** Which engine gave an answer; "postgres-fallback" when Meilisearch failed. */
export type AnsweredBy = "postgres" | "meilisearch" | "postgres-fallback";

// After a failure, searches skip Meilisearch for a while, so that an outage
// (a server that hangs until the timeout) does not slow every page down. This
// is a per-process guess about reachability, not shared state.
const RETRY_AFTER_MS = 15_000;
let skipExternalUntil = 0;
let lastFallbackLog = 0;

function noteFallback(error: unknown): void {
  skipExternalUntil = Date.now() + RETRY_AFTER_MS;
  // One line a minute at most: an outage should not flood the log.
  if (Date.now() - lastFallbackLog < 60_000) return;
  lastFallbackLog = Date.now();
  console.warn(JSON.stringify({ event: "search.fallback", engine: "meilisearch", error: error instanceof Error ? error.message : String(error) }));
}

/** `now`: the moment entries' freshness is judged at (tests pass a clock). */
export async function searchWithEngine(query: SearchQuery, now: Date = new Date()): Promise<{ result: SearchResult; answeredBy: AnsweredBy }> {
  const generation = await readGeneration();
  const external = meiliEngine();
  if (external && Date.now() >= skipExternalUntil) {
    try {
      // Not cached: the generation says when PostgreSQL changed, not when the outbox has delivered.
      return { result: await external.search(query, { generation, now }), answeredBy: "meilisearch" };
    } catch (error) {
      noteFallback(error);
    }
  }
  const stamp = await freshnessStampAt(generation, now);
  const result = await cachedSearch(generation, stamp, query, (q) => postgresEngine.search(q, { generation, now }));
  return { result, answeredBy: external ? "postgres-fallback" : "postgres" };
}

export async function searchCatalogue(query: SearchQuery, now: Date = new Date()): Promise<SearchResult> {
  return (await searchWithEngine(query, now)).result;
}

export type { SearchQuery, SearchResult, SearchHit, FacetCount, HighlightSegment } from "./types";
