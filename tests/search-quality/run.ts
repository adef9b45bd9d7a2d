import { FACETS } from "@/lib/catalogue/vocabularies";
import { JUDGED_QUERIES, type JudgedQuery } from "./judged-queries";
import { score, type Score } from "./metrics";

// Runs the judged queries through a search function given by the caller (the
// script passes the site's searchCatalogue, so this file needs no database).

/** The hits a search answers, as far as the benchmark looks at them. */
export type Answer = { total: number; hits: readonly { slug: string }[] };
export type Search = (params: URLSearchParams) => Promise<Answer>;

/** The URL parameters the search page would get for a judged query. */
export function judgedSearchParams(query: JudgedQuery): URLSearchParams {
  const params = new URLSearchParams({ q: query.q });
  for (const facet of FACETS) for (const value of query.filters?.[facet] ?? []) params.append(facet, value);
  return params;
}

export async function runJudgedQueries(search: Search, queries: readonly JudgedQuery[] = JUDGED_QUERIES): Promise<Score[]> {
  const scores: Score[] = [];
  // One at a time: the numbers must not depend on the pool or on cache races.
  for (const query of queries) {
    const answer = await search(judgedSearchParams(query));
    scores.push(score({ query, ranked: answer.hits.map((h) => h.slug), total: answer.total }));
  }
  return scores;
}
