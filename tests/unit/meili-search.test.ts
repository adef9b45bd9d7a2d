import type { MultiSearchParams, MultiSearchQuery, MultiSearchResult, RecordAny } from "meilisearch";
import { describe, expect, it } from "vitest";
import { pageSource } from "../../lib/search/meilisearch/boost";
import { searchMeili } from "../../lib/search/meilisearch/search";
import { parseSearchParams } from "../../lib/search/query";
import type { SearchQuery } from "../../lib/search/types";

// The Meilisearch engine's search against a fake multi-search: which requests
// it sends, and how it puts their answers together.

const INDEX = "entries";
const SWEDEN = 'countries = "SE"';

const query = (qs: string): SearchQuery => parseSearchParams(new URLSearchParams(qs)).query;

function doc(slug: string, kind = "programme"): RecordAny {
  return { slug, title: `Title of ${slug}`, kind, summary: "", countries: [], levels: [], themes: [] };
}

/** A result holding these hits out of `total` matches (counted by kind, as the engine reads it). */
function found(hits: RecordAny[], total = hits.length): MultiSearchResult<RecordAny> {
  return {
    indexUid: INDEX,
    hits,
    processingTimeMs: 1,
    query: "",
    totalHits: total,
    facetDistribution: total > 0 ? { kind: { programme: total } } : {},
  };
}

/**
 * A fake multi-search: `answer` decides each query's result. `requests` holds
 * one list per round: the queries of the requests sent together (in one
 * tick); `sizes` how many queries each request carried.
 */
function fake(answer: (q: MultiSearchQuery) => MultiSearchResult<RecordAny>) {
  const requests: MultiSearchQuery[][] = [];
  const sizes: number[] = [];
  let round: MultiSearchQuery[] | null = null;
  const multiSearch = async (params: MultiSearchParams) => {
    if (!round) {
      round = [];
      requests.push(round);
      queueMicrotask(() => (round = null));
    }
    round.push(...params.queries);
    sizes.push(params.queries.length);
    return { results: params.queries.map(answer) };
  };
  return { multiSearch, requests, sizes };
}

const hasFilter = (q: MultiSearchQuery, expression: string) => JSON.stringify(q.filter ?? []).includes(JSON.stringify(expression));

describe("searchMeili: words that name a facet value", () => {
  it("sends the other words and says what it understood", async () => {
    const { multiSearch, requests } = fake(() => found([doc("a")]));
    const result = await searchMeili(multiSearch, INDEX, query("q=STEM networks in Sweden"));
    expect(requests[0]?.[0]?.q).toBe("stem networks");
    expect(result.understood).toEqual([{ word: "sweden", facet: "country", value: "SE" }]);
    expect(result.partial).toBe(false);
  });

  it("puts entries with the value first, then the others, counting all", async () => {
    const { multiSearch, requests } = fake((q) => {
      if (hasFilter(q, `NOT ${SWEDEN}`)) return found([doc("other-1"), doc("other-2")], 3);
      if (hasFilter(q, SWEDEN)) return found([doc("swedish")], 1);
      return found([doc("other-1"), doc("swedish"), doc("other-2")], 4);
    });
    const result = await searchMeili(multiSearch, INDEX, query("q=STEM networks in Sweden&pageSize=3"));
    expect(result.hits.map((h) => h.slug)).toEqual(["swedish", "other-1", "other-2"]);
    expect(result.total).toBe(4);
    expect(requests).toHaveLength(2);
    // The page, the three freshness counts, the boosted list.
    const [main, , , , boosted] = requests[0] ?? [];
    expect(main).not.toHaveProperty("filter");
    expect(boosted).toMatchObject({ q: "stem networks", offset: 0, limit: 3, facets: ["kind"], filter: [[SWEDEN]] });
    expect(boosted).not.toHaveProperty("page");
    expect(requests[1]).toEqual([expect.objectContaining({ offset: 0, limit: 2, filter: [[`NOT ${SWEDEN}`]] })]);
    expect(requests[1]?.[0]).not.toHaveProperty("facets");
  });

  it("keeps the user's filters in both lists", async () => {
    const { multiSearch, requests } = fake((q) => (hasFilter(q, SWEDEN) ? found([doc("s")], 1) : found([doc("s"), doc("t")], 2)));
    await searchMeili(multiSearch, INDEX, query("q=STEM networks in Sweden&level=primary"));
    // [0] the page, [1] the level counts, [2–4] the freshness counts, [5] the boosted list.
    expect(requests[0]?.[5]?.filter).toEqual([['levels = "primary"'], [SWEDEN]]);
    expect(requests[1]?.[0]?.filter).toEqual([['levels = "primary"'], [`NOT ${SWEDEN}`]]);
  });

  it("keeps the main page when no entry, or every entry, has the value", async () => {
    for (const boostedTotal of [0, 2]) {
      const { multiSearch, requests } = fake((q) =>
        hasFilter(q, SWEDEN) ? found(boostedTotal ? [doc("b"), doc("a")] : [], boostedTotal) : found([doc("a"), doc("b")], 2),
      );
      const result = await searchMeili(multiSearch, INDEX, query("q=STEM networks in Sweden"));
      expect(result.hits.map((h) => h.slug)).toEqual(["a", "b"]);
      expect(requests).toHaveLength(1);
    }
  });

  it("leaves a chosen order alone", async () => {
    const { multiSearch, requests } = fake(() => found([doc("a")]));
    await searchMeili(multiSearch, INDEX, query("q=STEM networks in Sweden&sort=newest"));
    // The page and the freshness counts: no boosted list.
    expect(requests[0]).toHaveLength(4);
  });

  it("pages across the two lists without gaps or repeats", () => {
    const boosted = (hits: number, total: number) => found(Array.from({ length: hits }, (_, i) => doc(`b${i}`)), total);
    // Page 1 of 2 with 3 boosted entries: the boosted hits fill it.
    expect(pageSource(boosted(2, 3), 10, 0, 2)).toEqual({ from: "boosted" });
    // Page 2: the last boosted entry, then the first other one.
    expect(pageSource(boosted(1, 3), 10, 2, 2)).toEqual({ from: "boosted+rest", offset: 0, limit: 1 });
    // Page 3: only others, from the second one on.
    expect(pageSource(boosted(0, 3), 10, 4, 2)).toEqual({ from: "boosted+rest", offset: 1, limit: 2 });
  });
});

describe("searchMeili: never a dead end", () => {
  it("retries with most of the words when none has them all, and says so", async () => {
    const { multiSearch, requests } = fake((q) => (q.matchingStrategy === "last" ? found([doc("zx")], 1) : found([], 0)));
    const result = await searchMeili(multiSearch, INDEX, query("q=zorblax qqqq&country=RO"));
    expect(requests).toHaveLength(2);
    expect(requests[1]?.every((q) => q.matchingStrategy === "last")).toBe(true);
    expect(result.partial).toBe(true);
    expect(result.hits.map((h) => h.slug)).toEqual(["zx"]);
  });

  it("does not retry a single word, and is not partial when the retry finds nothing", async () => {
    const single = fake(() => found([], 0));
    expect((await searchMeili(single.multiSearch, INDEX, query("q=zorblax"))).partial).toBe(false);
    expect(single.requests).toHaveLength(1);
    const none = fake(() => found([], 0));
    expect((await searchMeili(none.multiSearch, INDEX, query("q=zorblax qqqq"))).partial).toBe(false);
    expect(none.requests).toHaveLength(2);
  });
});

describe("searchMeili: other scripts", () => {
  it("sends words of other scripts in Latin letters, Latin words as typed", async () => {
    const { multiSearch, requests } = fake(() => found([doc("a")]));
    await searchMeili(multiSearch, INDEX, query(`q=${encodeURIComponent("Скопје știință")}`));
    expect(requests[0]?.[0]?.q).toBe("skopje știință");
  });
});

describe("searchMeili: evidence and freshness", () => {
  it("judges freshness at the moment it is given, and counts it exactly", async () => {
    const { multiSearch, requests } = fake((q) => {
      const filter = JSON.stringify(q.filter ?? []);
      if (q.hitsPerPage === 0 && filter.includes("IS NULL")) return found([], 0);
      if (q.hitsPerPage === 0) return found([], filter.includes("AND") ? 2 : 5);
      return found([doc("a")], 7);
    });
    const now = new Date("2026-12-03T10:00:00Z");
    const result = await searchMeili(multiSearch, INDEX, query("freshness=current&freshness=due"), now);
    const due = Date.parse("2025-12-03T10:00:00Z");
    expect(requests[0]?.[0]?.filter).toEqual([[`lastVerifiedAt > ${due}`, `(lastVerifiedAt > ${Date.parse("2024-12-03T10:00:00Z")} AND lastVerifiedAt <= ${due})`]]);
    expect(result.facets.freshness.map((c) => [c.value, c.count, c.selected])).toEqual([
      ["current", 5, true],
      ["due", 2, true],
    ]);
    // A day later the lines have moved with it.
    await searchMeili(multiSearch, INDEX, query("freshness=current"), new Date("2026-12-04T10:00:00Z"));
    expect(requests.at(-1)?.[0]?.filter).toEqual([[`lastVerifiedAt > ${Date.parse("2025-12-04T10:00:00Z")}`]]);
  });

  it("filters by evidence level like any facet, quoted", async () => {
    const { multiSearch, requests } = fake(() => found([doc("a")]));
    await searchMeili(multiSearch, INDEX, query("evidence=impact&evidence=not-assessed"));
    expect(requests[0]?.[0]?.filter).toEqual([['evidence = "impact"', 'evidence = "not-assessed"']]);
    expect(requests[0]?.[1]).toMatchObject({ hitsPerPage: 0, facets: ["evidence"] });
  });
});
