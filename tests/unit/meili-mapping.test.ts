import type { MultiSearchResponse, MultiSearchResult, RecordAny } from "meilisearch";
import { describe, expect, it } from "vitest";
import { highlightToHtml, parseHighlight } from "../../lib/search/highlight";
import { MeiliResponseError, facetCounts, mapHit, mapSearchResponse, totalOf } from "../../lib/search/meilisearch/mapping";
import { buildSearchPlan, queryText } from "../../lib/search/meilisearch/request";
import { defaultSearchQuery, emptyFilters, parseSearchParams } from "../../lib/search/query";
import type { SearchQuery } from "../../lib/search/types";
import { freshnessLines } from "../../lib/verification/freshness";

const S = "\u0002";
const E = "\u0003";
const INDEX = "entries";

const query = (qs: string): SearchQuery => parseSearchParams(new URLSearchParams(qs)).query;

function doc(slug: string, title: string, extra: RecordAny = {}): RecordAny {
  return {
    slug,
    title,
    titleLang: null,
    kind: "programme",
    summary: `Summary of ${title}.`,
    countries: ["RO"],
    levels: ["primary"],
    themes: ["mathematics"],
    ...extra,
  };
}

function result(overrides: Partial<MultiSearchResult<RecordAny>>): MultiSearchResult<RecordAny> {
  return { indexUid: INDEX, hits: [], processingTimeMs: 1, query: "zorblax", ...overrides };
}

/** The three freshness counts' answers (current, due, stale), as their kind counts. */
const freshnessResults = (current: number, due: number, stale: number) =>
  [current, due, stale].map((n) => result({ hitsPerPage: 0, facetDistribution: { kind: n > 0 ? { programme: n } : {} } }));

// 3 December 2026, 10:00 UTC: due at or before 3 December 2025, stale at or before 3 December 2024, at 10:00.
const LINES = freshnessLines(new Date("2026-12-03T10:00:00Z"));
const DUE = Date.parse("2025-12-03T10:00:00Z");
const STALE = Date.parse("2024-12-03T10:00:00Z");

describe("buildSearchPlan", () => {
  it("asks for one page with every facet when nothing is selected", () => {
    const plan = buildSearchPlan(query("q=zorblax&pageSize=10&page=2"), INDEX);
    expect(plan.countedFacets).toEqual([]);
    // The page, then one count per state of freshness.
    expect(plan.params.queries).toHaveLength(4);
    expect(plan.freshnessAt).toBe(1);
    const [main] = plan.params.queries;
    expect(main).toMatchObject({
      indexUid: INDEX,
      q: "zorblax",
      matchingStrategy: "all",
      page: 2,
      hitsPerPage: 10,
      highlightPreTag: S,
      highlightPostTag: E,
      attributesToHighlight: ["title", "summary"],
    });
    expect(new Set(main?.facets)).toEqual(new Set(["kind", "countries", "levels", "themes", "evidence"]));
    expect(main).not.toHaveProperty("filter");
    expect(main).not.toHaveProperty("sort");
  });

  it("counts each state of freshness by its own query, judged at the search's moment, under the other filters", () => {
    const plan = buildSearchPlan(query("q=zorblax&evidence=not-assessed&freshness=stale"), INDEX, undefined, "all", LINES);
    expect(plan.countedFacets).toEqual(["evidence"]);
    expect(plan.freshnessAt).toBe(2);
    const [main, evidence, current, due, stale] = plan.params.queries;
    expect(main?.filter).toEqual([['evidence = "not-assessed"'], [`(lastVerifiedAt IS NULL OR lastVerifiedAt <= ${STALE})`]]);
    expect(evidence?.filter).toEqual([[`(lastVerifiedAt IS NULL OR lastVerifiedAt <= ${STALE})`]]);
    const others = ['evidence = "not-assessed"'];
    expect(current).toEqual({
      indexUid: INDEX,
      q: "zorblax",
      matchingStrategy: "all",
      page: 1,
      hitsPerPage: 0,
      facets: ["kind"],
      filter: [others, [`lastVerifiedAt > ${DUE}`]],
    });
    expect(due?.filter).toEqual([others, [`(lastVerifiedAt > ${STALE} AND lastVerifiedAt <= ${DUE})`]]);
    expect(stale?.filter).toEqual([others, [`(lastVerifiedAt IS NULL OR lastVerifiedAt <= ${STALE})`]]);
  });

  it("adds one count query per selected facet, without that facet's own filter", () => {
    const plan = buildSearchPlan(query("q=zorblax&country=RO&country=BE&kind=resource"), INDEX);
    expect(plan.countedFacets).toEqual(["country", "kind"]);
    const [main, countries, kinds] = plan.params.queries;
    expect(main?.filter).toEqual([['countries = "RO"', 'countries = "BE"'], ['kind = "resource"']]);
    // kind stays on the main query: its counts give the exact total.
    expect(new Set(main?.facets)).toEqual(new Set(["kind", "levels", "themes", "evidence"]));
    expect(countries).toEqual({
      indexUid: INDEX,
      q: "zorblax",
      matchingStrategy: "all",
      page: 1,
      hitsPerPage: 0,
      facets: ["countries"],
      filter: [['kind = "resource"']],
    });
    expect(kinds?.filter).toEqual([['countries = "RO"', 'countries = "BE"']]);
    expect(kinds?.facets).toEqual(["kind"]);
  });

  it("leaves the filter out of a count query with nothing else selected", () => {
    const plan = buildSearchPlan(query("country=RO"), INDEX);
    expect(plan.params.queries[1]).not.toHaveProperty("filter");
  });

  it("maps the sorts, and sorts by recency when there are no words to rank by", () => {
    const sortOf = (qs: string) => buildSearchPlan(query(qs), INDEX).params.queries[0]?.sort;
    expect(sortOf("q=robots")).toBeUndefined();
    expect(sortOf("q=robots&sort=newest")).toEqual(["publishedAt:desc"]);
    expect(sortOf("q=robots&sort=title")).toEqual(["sortTitle:asc"]);
    expect(sortOf("")).toEqual(["publishedAt:desc"]);
    const onlySymbols: SearchQuery = { ...defaultSearchQuery(), q: "%_%", sort: "relevance" };
    expect(buildSearchPlan(onlySymbols, INDEX).params.queries[0]?.sort).toEqual(["publishedAt:desc"]);
  });

  it("sends the words only, never Meilisearch's query syntax", () => {
    expect(queryText('"exact phrase" -excluded ROBOTS and the Kit')).toBe("exact phrase excluded robots kit");
    expect(queryText("'; DROP TABLE entries; --")).toBe("drop table entries");
    expect(queryText("%_%")).toBe("");
  });

  it("sends words of other scripts in Latin letters, and leaves out words that only name a facet value", () => {
    expect(queryText("Скопје")).toBe("skopje");
    expect(queryText("Σχολείο robots")).toBe("scholeio robots");
    expect(queryText("STEM networks in Sweden")).toBe("stem networks");
    // Only facet words: they are the query.
    expect(queryText("Sweden")).toBe("sweden");
  });

  it("asks for the page among entries with a value the words name", () => {
    const plan = buildSearchPlan(query("q=STEM networks in Sweden&country=RO&page=2&pageSize=10"), INDEX);
    expect(plan.boost).toEqual({ group: ['countries = "SE"'], at: 5 });
    expect(plan.params.queries).toHaveLength(6);
    expect(plan.params.queries[5]).toMatchObject({
      q: "stem networks",
      offset: 10,
      limit: 10,
      facets: ["kind"],
      filter: [['countries = "RO"'], ['countries = "SE"']],
    });
    expect(buildSearchPlan(query("q=robots"), INDEX).boost).toBeNull();
  });
});

describe("mapHit", () => {
  it("turns Meilisearch's marked text into the PostgreSQL engine's segments", () => {
    const hit = mapHit({
      ...doc("qx-title", "Quorble laboratory for schools"),
      _formatted: { title: `${S}Quorble${E} laboratory for schools`, summary: "No match here." },
    });
    expect(hit.highlights.title).toEqual([
      { text: "Quorble", match: true },
      { text: " laboratory for schools", match: false },
    ]);
    expect(hit.highlights.title).toEqual(parseHighlight(`${S}Quorble${E} laboratory for schools`));
    expect(highlightToHtml(hit.highlights.title)).toBe("<mark>Quorble</mark> laboratory for schools");
    expect(hit.highlights.summary).toEqual([{ text: "No match here.", match: false }]);
  });

  it("falls back to plain text without _formatted and fills missing lists", () => {
    const hit = mapHit({ slug: "a", title: "<b>Bold</b>", kind: "resource", summary: "" });
    expect(hit).toEqual({
      slug: "a",
      title: "<b>Bold</b>",
      titleLang: null,
      kind: "resource",
      summary: "",
      countries: [],
      levels: [],
      themes: [],
      highlights: { title: [{ text: "<b>Bold</b>", match: false }], summary: [] },
      translations: {},
      evidence: null,
    });
    expect(highlightToHtml(hit.highlights.title)).toBe("&#60;b&#62;Bold&#60;/b&#62;");
  });

  it("gives the evidence level with its date, and none for documents without one", () => {
    const assessedAt = Date.parse("2026-11-30T12:00:00Z");
    const evidenceLevel = { level: "impact", justification: "A peer-reviewed study.", evidenceUrl: null, assessedAt };
    expect(mapHit(doc("a", "A", { evidenceLevel })).evidence).toEqual({ ...evidenceLevel, assessedAt: new Date(assessedAt) });
    expect(mapHit(doc("a", "A", { evidenceLevel: null })).evidence).toBeNull();
    // A level the rubric no longer has reads as none, as on entry pages.
    expect(mapHit(doc("a", "A", { evidenceLevel: { ...evidenceLevel, level: "anecdotal" } })).evidence).toBeNull();
  });

  it("rejects documents of another shape", () => {
    expect(() => mapHit({ slug: 1, title: "x" })).toThrow(MeiliResponseError);
  });
});

describe("facetCounts and totalOf", () => {
  it("keeps vocabulary values with matches or a selection, most frequent first", () => {
    expect(facetCounts("country", { RO: 2, BE: 1, XX: 9 }, ["PT"])).toEqual([
      { value: "RO", label: "Romania", count: 2, selected: false },
      { value: "BE", label: "Belgium", count: 1, selected: false },
      { value: "PT", label: "Portugal", count: 0, selected: true },
    ]);
    expect(facetCounts("kind", undefined, [])).toEqual([]);
  });

  it("orders equal counts by label", () => {
    expect(facetCounts("level", { "upper-secondary": 1, primary: 1 }, []).map((c) => c.value)).toEqual([
      "primary",
      "upper-secondary",
    ]);
  });

  it("prefers the exact kind counts when totalHits stops at maxTotalHits", () => {
    expect(totalOf(result({ totalHits: 3 }))).toBe(3);
    expect(totalOf(result({ estimatedTotalHits: 12 }))).toBe(12);
    expect(totalOf(result({ totalHits: 50_000, facetDistribution: { kind: { programme: 40_000, resource: 30_000 } } }))).toBe(70_000);
    expect(totalOf(result({}))).toBe(0);
  });
});

describe("mapSearchResponse", () => {
  const q = query("q=zorblax&country=RO");
  const plan = buildSearchPlan(q, INDEX);
  const response: MultiSearchResponse<RecordAny> = {
    results: [
      result({
        hits: [
          { ...doc("zx-a", "Zorblax maths circles"), _formatted: { title: `${S}Zorblax${E} maths circles` } },
          {
            ...doc("zx-c", "Zorblax science fair", { kind: "resource", levels: ["upper-secondary"] }),
            _formatted: { title: `${S}Zorblax${E} science fair` },
          },
        ],
        page: 1,
        hitsPerPage: 20,
        totalPages: 1,
        totalHits: 2,
        facetDistribution: {
          kind: { programme: 1, resource: 1 },
          levels: { primary: 1, "upper-secondary": 1 },
          themes: { mathematics: 2 },
        },
      }),
      // Counts of the country facet under every filter but its own.
      result({ hits: [], page: 1, hitsPerPage: 0, totalPages: 0, totalHits: 3, facetDistribution: { countries: { RO: 2, BE: 1 } } }),
      ...freshnessResults(1, 0, 1),
    ],
  };

  it("maps hits, totals and disjunctive facet counts", () => {
    const mapped = mapSearchResponse(response, plan, q);
    expect(mapped.total).toBe(2);
    expect(mapped.page).toBe(1);
    expect(mapped.pageSize).toBe(20);
    expect(mapped.corrections).toEqual([]);
    expect(mapped.hits.map((h) => h.slug)).toEqual(["zx-a", "zx-c"]);
    expect(mapped.hits[0]?.highlights.title[0]).toEqual({ text: "Zorblax", match: true });
    expect(mapped.facets.country).toEqual([
      { value: "RO", label: "Romania", count: 2, selected: true },
      { value: "BE", label: "Belgium", count: 1, selected: false },
    ]);
    expect(mapped.facets.level.map((c) => [c.value, c.count])).toEqual([
      ["primary", 1],
      ["upper-secondary", 1],
    ]);
    expect(mapped.facets.kind.map((c) => [c.value, c.count])).toEqual([
      ["programme", 1],
      ["resource", 1],
    ]);
    expect(mapped.facets.theme).toEqual([{ value: "mathematics", label: "Mathematics", count: 2, selected: false }]);
    expect(mapped.facets.freshness).toEqual([
      { value: "current", label: "Verified in the last 12 months", count: 1, selected: false },
      { value: "stale", label: "Not verified for 24 months or more", count: 1, selected: false },
    ]);
  });

  it("lists evidence levels strongest first, whatever their counts", () => {
    const main = response.results[0];
    if (!main) throw new Error("no main result");
    const withEvidence = { ...main, facetDistribution: { ...main.facetDistribution, evidence: { "not-assessed": 1, impact: 1 } } };
    const mapped = mapSearchResponse({ results: [withEvidence, ...response.results.slice(1)] }, plan, q);
    expect(mapped.facets.evidence.map((c) => c.value)).toEqual(["impact", "not-assessed"]);
  });

  it("shows a selected value with no matches, and empty facets for no results", () => {
    const none = query("q=qqqqqq&country=RO");
    const nonePlan = buildSearchPlan(none, INDEX);
    const mapped = mapSearchResponse(
      { results: [result({ totalHits: 0, facetDistribution: {} }), result({ totalHits: 0, facetDistribution: {} }), ...freshnessResults(0, 0, 0)] },
      nonePlan,
      none,
    );
    expect(mapped.total).toBe(0);
    expect(mapped.hits).toEqual([]);
    expect(mapped.facets.kind).toEqual([]);
    expect(mapped.facets.country).toEqual([{ value: "RO", label: "Romania", count: 0, selected: true }]);
  });

  it("refuses an answer that does not match the request", () => {
    expect(() => mapSearchResponse({ results: response.results.slice(0, 1) }, plan, q)).toThrow(MeiliResponseError);
    expect(() => mapSearchResponse({ results: [] }, buildSearchPlan({ ...q, filters: emptyFilters() }, INDEX), q)).toThrow(
      MeiliResponseError,
    );
  });
});
