import { describe, expect, it } from "vitest";
import { exportPath, MAX_EXPORT_ENTRIES, parseExportParams } from "../../lib/export/params";
import { parseSearchParams } from "../../lib/search/query";

const parse = (qs: string) => parseExportParams(new URLSearchParams(qs));

describe("parseExportParams", () => {
  it("takes the search's parameters, the format and the limit", () => {
    const parsed = parse("q=robots&country=ro&format=json&limit=50&sort=title");
    expect(parsed).toMatchObject({ ok: true, request: { format: "json", limit: 50, query: { q: "robots", sort: "title", filters: { country: ["RO"] } } } });
  });

  it("defaults to CSV and no limit", () => {
    expect(parse("kind=programme")).toMatchObject({ ok: true, request: { format: "csv", limit: undefined } });
  });

  it.each(["format=xml", "format=", "limit=0", `limit=${MAX_EXPORT_ENTRIES + 1}`, "limit=12abc", "limit=-5", "limit=1e3", "country=XX", "sort=sideways"])(
    "refuses %s",
    (qs) => {
      const parsed = parse(qs);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.problems.length).toBeGreaterThan(0);
    },
  );

  it("explains a limit over the maximum", () => {
    expect(parse("limit=250000")).toEqual({ ok: false, problems: [`limit must be a whole number between 1 and ${MAX_EXPORT_ENTRIES}.`] });
  });
});

describe("exportPath", () => {
  it("carries the search but not its page", () => {
    const { query } = parseSearchParams(new URLSearchParams("q=maths&country=RO&level=primary&page=3&pageSize=50&sort=title"));
    const url = new URL(exportPath(query, "csv"), "http://x");
    expect(url.pathname).toBe("/api/v1/export");
    expect([...url.searchParams]).toEqual([["q", "maths"], ["country", "RO"], ["level", "primary"], ["sort", "title"], ["format", "csv"]]);
  });
});
