import type { JudgedQuery } from "./judged-queries";

// Pure scoring of the search-quality benchmark: no database, no engine, so the
// arithmetic is tested on its own and the script and the integration test share it.

/** What the engine answered to one judged query: ranked slugs and the total count. */
export type Outcome = { query: JudgedQuery; ranked: readonly string[]; total: number };

export type Score = {
  query: JudgedQuery;
  /** All expected slugs among the first `within` hits. */
  success: boolean;
  /** All expected slugs among the first 3 hits. */
  successAt3: boolean;
  reciprocalRank: number;
  zeroResults: boolean;
  ranked: readonly string[];
};

export type Summary = { queries: number; success: number; successAt3: number; mrr: number; zeroResultRate: number };

/** True when every expected slug is among the first k ranked slugs. */
export function successAt(expect: readonly string[], ranked: readonly string[], k: number): boolean {
  const top = new Set(ranked.slice(0, k));
  return expect.every((slug) => top.has(slug));
}

/** 1 / rank of the best-placed expected slug, 0 when none was returned. */
export function reciprocalRank(expect: readonly string[], ranked: readonly string[]): number {
  const wanted = new Set(expect);
  const index = ranked.findIndex((slug) => wanted.has(slug));
  return index < 0 ? 0 : 1 / (index + 1);
}

export function score(outcome: Outcome): Score {
  const { query, ranked, total } = outcome;
  return {
    query,
    success: successAt(query.expect, ranked, query.within),
    successAt3: successAt(query.expect, ranked, 3),
    reciprocalRank: reciprocalRank(query.expect, ranked),
    zeroResults: total === 0,
    ranked,
  };
}

const mean = (values: readonly number[]) => (values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length);
const share = (flags: readonly boolean[]) => mean(flags.map((f) => (f ? 1 : 0)));

export function summarise(scores: readonly Score[]): Summary {
  return {
    queries: scores.length,
    success: share(scores.map((s) => s.success)),
    successAt3: share(scores.map((s) => s.successAt3)),
    mrr: mean(scores.map((s) => s.reciprocalRank)),
    zeroResultRate: share(scores.map((s) => s.zeroResults)),
  };
}

/** Summaries per value of a key (language, case…), in the order values first appear. */
export function summariseBy(scores: readonly Score[], key: (query: JudgedQuery) => string): Map<string, Summary> {
  const groups = new Map<string, Score[]>();
  for (const s of scores) {
    const k = key(s.query);
    const group = groups.get(k);
    if (group) group.push(s);
    else groups.set(k, [s]);
  }
  return new Map([...groups].map(([k, group]) => [k, summarise(group)]));
}

export const byLanguage = (scores: readonly Score[]) => summariseBy(scores, (q) => q.lang);
export const byCase = (scores: readonly Score[]) => summariseBy(scores, (q) => q.case);
