import { describe, expect, it } from "vitest";
import { parseSearchParams, searchQueryString, toURLSearchParams } from "../../lib/search/query";
import { applySortChoice, sortChoiceValue } from "../../lib/search/sort-choice";

const parse = (qs: string) => parseSearchParams(new URLSearchParams(qs));

describe("parseSearchParams", () => {
  it("defaults to newest first without text and relevance with text", () => {
    expect(parse("").query).toEqual({
      q: "",
      filters: { country: [], level: [], theme: [], kind: [], evidence: [], freshness: [] },
      sort: "newest",
      page: 1,
      pageSize: 20,
    });
    expect(parse("q=robotics").query.sort).toBe("relevance");
  });

  it("reads repeated facet values, upper-cases countries and drops repeats", () => {
    const { query, problems } = parse("country=ro&country=BE&country=RO&level=primary&theme=gender-equality&kind=project-team");
    expect(problems).toEqual([]);
    expect(query.filters).toEqual({ country: ["RO", "BE"], level: ["primary"], theme: ["gender-equality"], kind: ["project-team"], evidence: [], freshness: [] });
  });

  it("reads evidence levels and freshness like any facet, and names unknown ones", () => {
    const { query, problems } = parse("evidence=Impact&evidence=not-assessed&freshness=stale&freshness=due&evidence=strong&freshness=old");
    expect(query.filters.evidence).toEqual(["impact", "not-assessed"]);
    expect(query.filters.freshness).toEqual(["stale", "due"]);
    expect(problems).toEqual(["Unknown evidence level “strong”.", "Unknown freshness “old”."]);
    expect(searchQueryString(query)).toBe("?evidence=impact&evidence=not-assessed&freshness=stale&freshness=due");
  });

  it("reports unknown facet values without reflecting markup", () => {
    const { query, problems } = parse(`country=XX&kind=${encodeURIComponent("<script>alert(1)</script>")}`);
    expect(query.filters.country).toEqual([]);
    expect(query.filters.kind).toEqual([]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain("Unknown country");
    // Messages quote the value as text; rendering escapes it (React, JSON).
    expect(problems[1]).toContain("Unknown kind");
  });

  it("rejects malformed and out-of-range pages but keeps a usable query", () => {
    for (const page of ["0", "-1", "abc", "1.5", "99999999", "1e3"]) {
      const { query, problems } = parse(`page=${page}`);
      expect(query.page).toBe(1);
      expect(problems[0]).toMatch(/page must be a whole number/);
    }
    expect(parse("page=3").query.page).toBe(3);
    expect(parse("pageSize=101").problems).toHaveLength(1);
    expect(parse("pageSize=100").query.pageSize).toBe(100);
  });

  it("takes the first of repeated text and sort parameters", () => {
    const { query } = parse("q=maths&q=robots&sort=title&sort=newest");
    expect(query.q).toBe("maths");
    expect(query.sort).toBe("title");
  });

  it("truncates huge text, strips control characters, and reports unknown sorts", () => {
    const { query, problems } = parse(`q=${"a".repeat(5000)}`);
    expect(query.q).toHaveLength(200);
    expect(problems[0]).toMatch(/too long/);
    expect(parse("q=ab%00%01cd").query.q).toBe("ab cd");
    expect(parse("sort=random").problems[0]).toMatch(/Unknown sort/);
  });

  it("falls back from relevance to newest when there is no text", () => {
    expect(parse("sort=relevance").query.sort).toBe("newest");
  });
});

describe("searchQueryString", () => {
  it("round-trips a query through the URL", () => {
    const { query } = parse("q=girls+coding&country=RO&country=BE&theme=digital-skills&sort=title&page=2");
    const again = parse(searchQueryString(query).slice(1)).query;
    expect(again).toEqual(query);
  });

  it("leaves out defaults", () => {
    expect(searchQueryString({ q: "", page: 1, sort: "newest" })).toBe("");
    expect(searchQueryString({ q: "x", sort: "relevance" })).toBe("?q=x");
  });
});

describe("toURLSearchParams", () => {
  it("expands arrays from Next.js searchParams", () => {
    expect(toURLSearchParams({ country: ["RO", "BE"], q: "x", none: undefined }).toString()).toBe("country=RO&country=BE&q=x");
  });
});

describe("applySortChoice: the order follows the words", () => {
  const apply = (qs: string) => applySortChoice(new URLSearchParams(qs)).toString();

  it("goes back to the default order when the words change and the order was not chosen anew", () => {
    expect(apply("q=matematica&sort=newest&sorted=newest%3A")).toBe("q=matematica");
    expect(apply("q=fizika&sort=newest&sorted=newest%3Amatematica")).toBe("q=fizika");
    expect(parseSearchParams(applySortChoice(new URLSearchParams("q=fizika&sort=newest&sorted=newest%3Amatematica"))).query.sort).toBe("relevance");
  });

  it("keeps an order chosen for these words, or chosen together with new words", () => {
    expect(apply("q=matematica&sort=title&sorted=relevance%3Amatematica")).toBe("q=matematica&sort=title");
    expect(apply("q=matematica&sort=newest&sorted=newest%3A+matematica+")).toBe("q=matematica&sort=newest");
    expect(apply("q=fizika&sort=title&sorted=newest%3Amatematica")).toBe("q=fizika&sort=title");
  });

  it("leaves addresses without the field alone, and drops a malformed field", () => {
    expect(apply("q=fizika&sort=newest")).toBe("q=fizika&sort=newest");
    expect(apply("q=fizika&sort=newest&sorted=junk")).toBe("q=fizika&sort=newest");
    expect(sortChoiceValue("newest", "matematica")).toBe("newest:matematica");
  });
});
