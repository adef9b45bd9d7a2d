import type { MultiSearchParams, MultiSearchResponse, MultiSearchResult, RecordAny } from "meilisearch";
import { freshnessLines, type FreshnessLines } from "@/lib/verification/freshness";
import { analyseQuery } from "../understanding/analyse";
import type { SearchQuery, SearchResult } from "../types";
import { pageSource, restQuery } from "./boost";
import { buildFilter } from "./filters";
import { mapSearchResponse, splitResponse, totalOf } from "./mapping";
import { buildSearchPlan, type MatchingStrategy, type SearchPlan } from "./request";

// One search against Meilisearch, as the PostgreSQL engine answers it: words
// read by the shared query analysis, entries with every word (or, when none
// has them all, with most of them: `partial`), entries with a facet value the
// query names first. Pure apart from the requests, so tests fake them.

export type MultiSearch = (params: MultiSearchParams) => Promise<MultiSearchResponse<RecordAny>>;

type Answer = { plan: SearchPlan; response: MultiSearchResponse<RecordAny> };

/**
 * Every query of the plan as its own request, all at once. A non-federated
 * multi-search runs its queries one after another on the server
 * (routes/multi_search.rs), so one request with the page, each selected
 * facet's counts and the freshness counts took the sum of their times and
 * could pass MEILI_TIMEOUT_MS; separate requests run side by side, each
 * bounded by the index's searchCutoffMs (settings.ts). Their answers are put
 * back in the plan's order.
 */
async function ask(multiSearch: MultiSearch, plan: SearchPlan): Promise<Answer> {
  const answers = await Promise.all(plan.params.queries.map((query) => multiSearch({ queries: [query] })));
  return { plan, response: { results: answers.flatMap((answer) => answer.results) } };
}

/** The page with the boosted entries first (boost.ts), or undefined to keep the main query's. */
async function boostedPage(
  multiSearch: MultiSearch,
  plan: SearchPlan,
  query: SearchQuery,
  boosted: MultiSearchResult<RecordAny>,
  total: number,
  lines: FreshnessLines,
): Promise<RecordAny[] | undefined> {
  const source = pageSource(boosted, total, (query.page - 1) * query.pageSize, query.pageSize);
  const main = plan.params.queries[0];
  if (source.from === "main" || !plan.boost || !main) return undefined;
  if (source.from === "boosted") return boosted.hits;
  const rest = restQuery(main, buildFilter(query.filters, undefined, lines), plan.boost.group, source.offset, source.limit);
  const more = await multiSearch({ queries: [rest] });
  return [...boosted.hits, ...(more.results[0]?.hits ?? [])];
}

/** Freshness is judged at `now`. */
export async function searchMeili(multiSearch: MultiSearch, indexUid: string, query: SearchQuery, now: Date = new Date()): Promise<SearchResult> {
  const analysis = analyseQuery(query.q);
  const lines = freshnessLines(now);
  const plan = (strategy: MatchingStrategy) => buildSearchPlan(query, indexUid, analysis, strategy, lines);
  let answer = await ask(multiSearch, plan("all"));
  // Never a dead end: when no entry has every word, Meilisearch drops words
  // from the end of the query until some match (the first words weigh most).
  const loose = totalOf(splitResponse(answer.response, answer.plan).main) === 0 && answer.plan.wordCount > 1;
  if (loose) answer = await ask(multiSearch, plan("last"));
  const { main, boosted } = splitResponse(answer.response, answer.plan);
  const total = totalOf(main);
  const hits = answer.plan.boost && boosted ? await boostedPage(multiSearch, answer.plan, query, boosted, total, lines) : undefined;
  return mapSearchResponse(answer.response, answer.plan, query, { understood: analysis.understood, partial: loose && total > 0, hits });
}
