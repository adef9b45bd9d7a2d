import { beforeAll, describe, expect, it } from "vitest";
import { searchCatalogue } from "../../lib/search";
import { parseSearchParams } from "../../lib/search/query";
import { MIN_SUCCESS, MIN_SUCCESS_AT_3 } from "../search-quality/judged-queries";
import { summarise, type Score } from "../search-quality/metrics";
import { formatFailures, formatTables } from "../search-quality/report";
import { runJudgedQueries } from "../search-quality/run";

// The search-quality benchmark (tests/search-quality) against the real catalogue
// of the test database: multilingual search is done when at least MIN_SUCCESS of
// the judged queries find what they expect and none of them finds nothing.

let scores: Score[] = [];

beforeAll(async () => {
  scores = await runJudgedQueries((params) => searchCatalogue(parseSearchParams(params).query));
}, 120_000);

describe("search quality on the real catalogue", () => {
  it(`finds the expected entries for at least ${MIN_SUCCESS * 100} % of the judged queries`, () => {
    const overall = summarise(scores);
    // The tables and failing queries make the message, so a failure says where search falls short.
    expect(overall.success, `${formatTables(scores, false)}\n\n${formatFailures(scores)}`).toBeGreaterThanOrEqual(MIN_SUCCESS);
  });

  it(`finds them in the top 3 for at least ${MIN_SUCCESS_AT_3 * 100} % of the judged queries`, () => {
    const overall = summarise(scores);
    expect(overall.successAt3, `${formatTables(scores, false)}\n\n${formatFailures(scores)}`).toBeGreaterThanOrEqual(MIN_SUCCESS_AT_3);
  });

  it("answers every judged query with at least one result", () => {
    const empty = scores.filter((s) => s.zeroResults).map((s) => `[${s.query.case}/${s.query.lang}] ${s.query.q}`);
    expect(empty).toEqual([]);
  });
});
