import { describe, expect, it } from "vitest";
import { CASES, JUDGED_QUERIES, MIN_SUCCESS, MIN_SUCCESS_AT_3, type JudgedQuery } from "../search-quality/judged-queries";
import { byCase, byLanguage, reciprocalRank, score, successAt, summarise } from "../search-quality/metrics";
import { formatFailures, formatTables } from "../search-quality/report";
import { judgedSearchParams } from "../search-quality/run";
import { readSeedCatalogue } from "../../lib/catalogue/seed-files";

const judged = (overrides: Partial<JudgedQuery> = {}): JudgedQuery => ({
  q: "x",
  lang: "en",
  script: "latin",
  case: "english",
  expect: ["a"],
  within: 3,
  ...overrides,
});

describe("successAt", () => {
  it("needs every expected slug within the first k", () => {
    expect(successAt(["a", "b"], ["b", "x", "a"], 3)).toBe(true);
    expect(successAt(["a", "b"], ["b", "x", "y", "a"], 3)).toBe(false);
    expect(successAt(["a"], [], 10)).toBe(false);
  });
});

describe("reciprocalRank", () => {
  it("is 1 / the rank of the best-placed expected slug, 0 when none came", () => {
    expect(reciprocalRank(["a", "b"], ["x", "b", "a"])).toBe(0.5);
    expect(reciprocalRank(["a"], ["a"])).toBe(1);
    expect(reciprocalRank(["a"], ["x", "y"])).toBe(0);
  });
});

describe("score and summaries", () => {
  const scores = [
    score({ query: judged({ lang: "ro", case: "typo", within: 10 }), ranked: ["x", "y", "z", "a"], total: 4 }),
    score({ query: judged({ lang: "ro", case: "english" }), ranked: ["a"], total: 1 }),
    score({ query: judged({ lang: "de", case: "typo" }), ranked: [], total: 0 }),
  ];

  it("judges success at the query's own depth and also at 3", () => {
    expect(scores.map((s) => [s.success, s.successAt3])).toEqual([
      [true, false],
      [true, true],
      [false, false],
    ]);
    expect(scores.map((s) => s.zeroResults)).toEqual([false, false, true]);
  });

  it("averages success, MRR and zero results", () => {
    expect(summarise(scores)).toEqual({ queries: 3, success: 2 / 3, successAt3: 1 / 3, mrr: (0.25 + 1 + 0) / 3, zeroResultRate: 1 / 3 });
    expect(summarise([])).toEqual({ queries: 0, success: 0, successAt3: 0, mrr: 0, zeroResultRate: 0 });
  });

  it("groups by language and by case in order of first appearance", () => {
    expect([...byLanguage(scores).keys()]).toEqual(["ro", "de"]);
    expect(byLanguage(scores).get("ro")?.queries).toBe(2);
    expect(byCase(scores).get("typo")).toMatchObject({ queries: 2, success: 0.5, zeroResultRate: 0.5 });
  });

  it("prints tables and the failing queries with their top 3", () => {
    expect(formatTables(scores, true)).toContain("| typo | 2 | 50.0 % | 0.0 % | 0.125 | 50.0 % |");
    expect(formatFailures(scores)).toContain("(no results)");
  });
});

describe("the judged set", () => {
  it("turns a judged query into the search page's parameters", () => {
    const params = judgedSearchParams(judged({ q: "stem", filters: { country: ["MT"], level: ["primary"] } }));
    expect(params.toString()).toBe("q=stem&country=MT&level=primary");
  });

  it("is large and varied enough", () => {
    expect(JUDGED_QUERIES.length).toBeGreaterThanOrEqual(160);
    for (const c of CASES) expect(JUDGED_QUERIES.filter((q) => q.case === c).length, c).toBeGreaterThanOrEqual(10);
    expect(new Set(JUDGED_QUERIES.map((q) => q.lang).filter((l) => l !== "mixed")).size).toBeGreaterThanOrEqual(8);
    expect(new Set(JUDGED_QUERIES.map((q) => q.script))).toEqual(new Set(["latin", "cyrillic", "greek"]));
    // The issue asks for at least 95 % in the top 3; the thresholds may only rise.
    expect(MIN_SUCCESS_AT_3).toBeGreaterThanOrEqual(0.95);
    expect(MIN_SUCCESS).toBeGreaterThanOrEqual(MIN_SUCCESS_AT_3);
  });

  it("expects 1 to 3 entries of the real catalogue, no query twice", async () => {
    const slugs = new Set((await readSeedCatalogue()).map((e) => e.slug));
    for (const q of JUDGED_QUERIES) {
      expect(q.expect.length, q.q).toBeGreaterThanOrEqual(1);
      expect(q.expect.length, q.q).toBeLessThanOrEqual(3);
      for (const slug of q.expect) expect(slugs.has(slug), `${q.q} → ${slug}`).toBe(true);
    }
    const keys = JUDGED_QUERIES.map((q) => `${q.q.toLowerCase()}|${JSON.stringify(q.filters ?? {})}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
