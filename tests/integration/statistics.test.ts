import { beforeAll, describe, expect, it } from "vitest";
import { loadEntries } from "../../lib/catalogue/load";
import { entryInputSchema, type EntryInput } from "../../lib/catalogue/schema";
import { COUNTRIES, FACETS, LEVELS, type Facet } from "../../lib/catalogue/vocabularies";
import { db } from "../../lib/db";
import { searchCatalogue } from "../../lib/search";
import { indexDocuments } from "../../lib/search/postgres/indexer";
import { parseSearchParams } from "../../lib/search/query";
import { NextRequest } from "next/server";
import { GET as matrixCsv } from "../../app/statistics/matrix.csv/route";
import { catalogueStatistics, parseStatisticsSelection } from "../../lib/stats";
import { parseCsv } from "../support/csv";
import { archiveEntry } from "../../lib/submissions/archive";
import { createPerson } from "./support/people";

// The statistics must tell the same story as the search: same public set, same
// filters. Fixtures in Liechtenstein, with made-up start years, make the
// archived entry's absence and the year counts exact.

function fixture(overrides: Partial<EntryInput> & Pick<EntryInput, "slug" | "title">): EntryInput {
  return {
    kind: "resource",
    summary: "A fixture entry used by the statistics tests of the clearinghouse.",
    description: "This description exists so that the entry is long enough to be valid in the catalogue.",
    countries: ["LI"],
    levels: ["vocational"],
    themes: ["entrepreneurship"],
    sources: [{ title: "Test fixture" }],
    ...overrides,
  };
}

const FIXTURES = [
  fixture({ slug: "stats-a", title: "Statistics fixture A", yearStart: 1951 }),
  // A partner country beside Liechtenstein, as a multi-country programme has.
  fixture({ slug: "stats-b", title: "Statistics fixture B", yearStart: 1953, levels: ["vocational", "primary"], countries: ["LI", "MT"] }),
  // Listing a value twice still counts the entry once.
  fixture({ slug: "stats-twice", title: "Statistics fixture twice", countries: ["LI", "LI"], levels: ["vocational", "vocational"] }),
  fixture({ slug: "stats-archived", title: "Statistics fixture archived", yearStart: 1951 }),
];

const search = (qs: string) => searchCatalogue(parseSearchParams(new URLSearchParams(`${qs}&pageSize=1`)).query);
const statistics = (qs: string) => catalogueStatistics(parseStatisticsSelection(new URLSearchParams(qs)).selection);
const countOf = (stats: Awaited<ReturnType<typeof statistics>>, facet: Facet, value: string) =>
  stats.byFacet[facet].find((t) => t.value === value)?.count ?? 0;

beforeAll(async () => {
  // Liechtenstein holds the fixtures alone, in the entries and in the index.
  await db.$executeRaw`UPDATE entries SET countries = array_remove(countries, 'LI')`;
  await indexDocuments();
  await loadEntries(FIXTURES.map((f) => entryInputSchema.parse(f)), "test");
  const archived = await archiveEntry(await createPerson("moderator"), { slug: "stats-archived", reason: "Archived by the statistics tests." });
  expect(archived.ok).toBe(true);
});

describe("catalogue statistics", () => {
  it("counts the public catalogue exactly as the search does, every facet and term", async () => {
    const [stats, result] = await Promise.all([statistics(""), search("")]);
    expect(stats.total).toBe(result.total);
    expect(stats.total).toBeGreaterThan(50);
    for (const facet of FACETS) {
      const searched = new Map(result.facets[facet].map((c) => [c.value, c.count]));
      for (const term of stats.byFacet[facet]) expect([facet, term.value, term.count]).toEqual([facet, term.value, searched.get(term.value) ?? 0]);
    }
    expect(stats.byFacet.kind.reduce((sum, t) => sum + t.count, 0)).toBe(stats.total);
    expect(stats.byFacet.country).toHaveLength(COUNTRIES.length);
  });

  it("narrows like the search: OR within a facet, AND across facets", async () => {
    for (const qs of ["country=RO", "country=RO&country=BE", "country=RO&level=primary", "kind=programme&kind=resource&theme=gender-equality", "q=teachers&level=primary"]) {
      const [stats, result] = await Promise.all([statistics(qs), search(qs)]);
      expect([qs, stats.total]).toEqual([qs, result.total]);
    }
    const [ro, be, both, roPrimary] = await Promise.all([statistics("country=RO"), statistics("country=BE"), statistics("country=RO&country=BE"), statistics("country=RO&level=primary")]);
    expect(both.total).toBeGreaterThanOrEqual(Math.max(ro.total, be.total));
    expect(both.total).toBeLessThanOrEqual(ro.total + be.total);
    expect(roPrimary.total).toBe(countOf(ro, "level", "primary"));
    // Facets other than the filtered one count the selection, as the search's do.
    const result = await search("country=RO");
    for (const term of ro.byFacet.kind) expect(term.count).toBe(result.facets.kind.find((c) => c.value === term.value)?.count ?? 0);
  });

  it("counts each facet without its own selection, as the search's facets do", async () => {
    for (const qs of ["country=RO", "country=RO&country=BE&level=primary", "kind=programme&theme=mathematics", "q=teachers&country=RO&kind=resource", "country=LI&kind=platform"]) {
      const [stats, result] = await Promise.all([statistics(qs), search(qs)]);
      for (const facet of FACETS) {
        const searched = new Map(result.facets[facet].map((c) => [c.value, c.count]));
        for (const term of stats.byFacet[facet]) expect([qs, facet, term.value, term.count]).toEqual([qs, facet, term.value, searched.get(term.value) ?? 0]);
      }
    }
    // Romania's page of statistics still shows every country's count, out of the whole catalogue.
    const [ro, whole] = await Promise.all([statistics("country=RO"), statistics("")]);
    expect(countOf(ro, "country", "BE")).toBe(countOf(whole, "country", "BE"));
    expect(ro.facetTotals.country).toBe(whole.total);
    expect(ro.facetTotals.kind).toBe(ro.total);
  });

  it("lists the selected country's row in the matrix, and its partner countries apart", async () => {
    const whole = await statistics("");
    expect(whole.matrixCountries).toEqual({ selected: COUNTRIES.map((c) => c.value), partners: [] });
    const li = await statistics("country=LI");
    expect(li.matrixCountries).toEqual({ selected: ["LI"], partners: ["MT"] });
    // The partner's cells count the selected entries only.
    expect(li.countryByLevel.MT).toMatchObject({ vocational: 1, primary: 1, "upper-secondary": 0 });
    expect(li.countryByLevel.RO?.primary).toBe(0);
  });

  it("downloads the matrix as CSV with names beside codes and a file name that says what it is", async () => {
    const response = await matrixCsv(new NextRequest("http://localhost/statistics/matrix.csv?country=LI"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="stem-clearinghouse-countries-levels-li-\d{4}-\d\d-\d\d\.csv"; filename\*=/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(new TextDecoder().decode(bytes));
    expect(header).toEqual(["country", "country_code", "row", ...LEVELS.map((l) => l.label)]);
    const vocational = 3 + LEVELS.findIndex((l) => l.value === "vocational");
    expect(rows.map((r) => [r[0], r[1], r[2], r[vocational]])).toEqual([
      ["Liechtenstein", "LI", "selected country", "3"],
      ["Malta", "MT", "partner country", "1"],
    ]);
    const all = parseCsv(await (await matrixCsv(new NextRequest("http://localhost/statistics/matrix.csv"))).text());
    expect(all).toHaveLength(COUNTRIES.length + 1);
    expect(all[0]?.slice(0, 3)).toEqual(["country", "country_code", LEVELS[0]?.label]);
    const bad = await matrixCsv(new NextRequest("http://localhost/statistics/matrix.csv?country=XX"));
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/Unknown country/);
  });

  it("fills the country × level matrix with the counts of both filters together", async () => {
    const stats = await statistics("");
    const sample = COUNTRIES.flatMap((c, i) => LEVELS.filter((_, j) => (i + j) % 5 === 0).map((l) => [c.value, l.value] as const));
    for (const [country, level] of [...sample, ["LI", "vocational"] as const, ["LI", "primary"] as const]) {
      const direct = (await search(`country=${country}&level=${level}`)).total;
      expect([country, level, stats.countryByLevel[country]?.[level]]).toEqual([country, level, direct]);
    }
    expect(Object.values(stats.countryByLevel.LI ?? {}).some((n) => n === 0)).toBe(true);
  });

  it("leaves archived entries out and counts start years, with and without one", async () => {
    const stats = await statistics("country=LI");
    expect(stats.total).toBe(3);
    expect(countOf(stats, "country", "LI")).toBe(3);
    expect(stats.countryByLevel.LI?.vocational).toBe(3);
    expect(stats.countryByLevel.LI?.primary).toBe(1);
    expect(stats.byStartYear).toEqual([
      { year: 1951, count: 1 },
      { year: 1952, count: 0 },
      { year: 1953, count: 1 },
    ]);
    expect(stats.withoutStartYear).toBe(1);
    const whole = await statistics("");
    expect(whole.byStartYear.reduce((sum, y) => sum + y.count, 0) + whole.withoutStartYear).toBe(whole.total);
  });

  it("gives zeros, not errors, when nothing matches", async () => {
    for (const qs of ["country=LI&kind=platform", "q=qqzzxxvvkkjj"]) {
      expect((await search(qs)).total).toBe(0);
      const stats = await statistics(qs);
      expect(stats.total).toBe(0);
      expect(stats.byStartYear).toEqual([]);
      expect(stats.withoutStartYear).toBe(0);
      // Facets without a selection count nothing; a selected facet counts without its own selection, as the search does.
      for (const facet of FACETS) {
        if (stats.byFacet[facet].some((t) => t.count > 0)) expect(parseStatisticsSelection(new URLSearchParams(qs)).selection.filters[facet], `${qs} ${facet}`).not.toEqual([]);
      }
      expect(Object.values(stats.countryByLevel).every((row) => Object.values(row).every((n) => n === 0))).toBe(true);
    }
  });

  it("reports unknown vocabulary values instead of failing", () => {
    const { selection, problems } = parseStatisticsSelection(new URLSearchParams("country=XX&level=primary&page=nonsense"));
    expect(problems).toEqual(["Unknown country “XX”."]);
    expect(selection.filters).toEqual({ country: [], level: ["primary"], theme: [], kind: [], evidence: [], freshness: [] });
  });
});
