import { beforeAll, describe, expect, it } from "vitest";
import { loadEntries } from "../../lib/catalogue/load";
import type { EntryInput } from "../../lib/catalogue/schema";
import { entryInputSchema } from "../../lib/catalogue/schema";
import { searchCatalogue } from "../../lib/search";
import { defaultSearchQuery, parseSearchParams } from "../../lib/search/query";
import { emptySearchSuggestions } from "../../lib/search/suggestions";

// Entries with made-up words, so each assertion knows exactly what must match.
function fixture(overrides: Partial<EntryInput> & Pick<EntryInput, "slug" | "title">): EntryInput {
  return {
    kind: "programme",
    summary: "A fixture entry used by the search tests of the clearinghouse.",
    description: "This description exists so that the entry is long enough to be valid in the catalogue.",
    countries: ["RO"],
    levels: ["primary"],
    themes: ["mathematics"],
    sources: [{ title: "Test fixture" }],
    ...overrides,
  };
}

const FIXTURES: EntryInput[] = [
  fixture({ slug: "zx-a", title: "Zorblax maths circles", countries: ["RO"], levels: ["primary"], kind: "programme" }),
  fixture({ slug: "zx-b", title: "Zorblax robotics kit", countries: ["BE"], levels: ["primary"], kind: "resource" }),
  fixture({ slug: "zx-c", title: "Zorblax science fair", countries: ["RO"], levels: ["upper-secondary"], kind: "resource" }),
  fixture({ slug: "qx-title", title: "Quorble laboratory for schools", countries: ["PT"] }),
  fixture({
    slug: "qx-body",
    title: "Coastal science weeks",
    countries: ["PT"],
    description: "Pupils visit the coast and, on the last day, run a quorble experiment with their teachers.",
  }),
  fixture({ slug: "accent", title: "Fundación Quíxotë para la ciencia", titleLang: "es", countries: ["ES"] }),
  fixture({ slug: "mint", title: "Vlorpen MINT-Förderung für Grundschulen", titleLang: "de", countries: ["DE"] }),
];

const search = (qs: string) => searchCatalogue(parseSearchParams(new URLSearchParams(qs)).query);
const slugs = (result: Awaited<ReturnType<typeof search>>) => result.hits.map((h) => h.slug);
const count = (result: Awaited<ReturnType<typeof search>>, facet: "country" | "level" | "kind", value: string) =>
  result.facets[facet].find((c) => c.value === value)?.count ?? 0;

beforeAll(async () => {
  await loadEntries(FIXTURES.map((f) => entryInputSchema.parse(f)), "test");
});

describe("facets", () => {
  it("ORs values within a facet and ANDs across facets", async () => {
    expect((await search("q=zorblax&country=RO")).total).toBe(2);
    expect((await search("q=zorblax&country=RO&country=BE")).total).toBe(3);
    expect((await search("q=zorblax&country=RO&level=primary")).total).toBe(1);
  });

  it("counts each facet without its own selection (disjunctive)", async () => {
    const result = await search("q=zorblax&country=RO");
    expect(count(result, "country", "RO")).toBe(2);
    expect(count(result, "country", "BE")).toBe(1);
    expect(count(result, "level", "primary")).toBe(1);
    expect(count(result, "level", "upper-secondary")).toBe(1);
    expect(count(result, "kind", "programme")).toBe(1);
    expect(count(result, "kind", "resource")).toBe(1);
    expect(result.facets.country.find((c) => c.value === "RO")?.selected).toBe(true);
  });

  it("counts the whole catalogue when nothing is chosen", async () => {
    const all = await searchCatalogue(defaultSearchQuery());
    const byKind = all.facets.kind.reduce((sum, k) => sum + k.count, 0);
    expect(all.total).toBe(byKind);
    expect(all.total).toBeGreaterThanOrEqual(40 + FIXTURES.length);
  });
});

describe("forgiving matching", () => {
  it("ignores accents in both directions", async () => {
    expect(slugs(await search("q=quixote"))).toContain("accent");
    expect(slugs(await search("q=fundacion"))).toContain("accent");
    expect(slugs(await search("q=Quíxotë"))).toContain("accent");
  });

  it("tolerates typos through close catalogue words", async () => {
    const result = await search("q=zorblaks");
    expect(slugs(result)).toEqual(expect.arrayContaining(["zx-a", "zx-b", "zx-c"]));
    expect(result.corrections[0]?.from).toBe("zorblaks");
  });

  it("matches prefixes as one types", async () => {
    expect(slugs(await search("q=zorbl"))).toHaveLength(3);
    expect(slugs(await search("q=vlorp"))).toContain("mint");
  });

  it("treats STEM, STEAM and MINT as synonyms", async () => {
    const steam = await search("q=vlorpen+steam");
    expect(slugs(steam)).toEqual(["mint"]);
  });

  it("stems English words", async () => {
    expect(slugs(await search("q=zorblax+circle"))).toEqual(["zx-a"]);
  });
});

describe("ranking, highlighting, sorting and paging", () => {
  it("ranks title matches above body matches", async () => {
    expect(slugs(await search("q=quorble")).slice(0, 2)).toEqual(["qx-title", "qx-body"]);
  });

  it("marks the matched words in titles", async () => {
    const [hit] = (await search("q=quorble")).hits;
    expect(hit?.highlights.title.filter((s) => s.match).map((s) => s.text.toLowerCase())).toEqual(["quorble"]);
  });

  it("sorts by title and pages through results", async () => {
    const byTitle = await search("q=zorblax&sort=title");
    expect(slugs(byTitle)).toEqual(["zx-a", "zx-b", "zx-c"]);
    const page2 = await search("q=zorblax&sort=title&pageSize=2&page=2");
    expect(slugs(page2)).toEqual(["zx-c"]);
    expect(page2.total).toBe(3);
    const past = await search("q=zorblax&page=9");
    expect(past.hits).toEqual([]);
    expect(past.total).toBe(3);
  });
});

describe("freshness", () => {
  it("finds a newly indexed entry at once: cached answers and facet data follow the generation", async () => {
    const before = await search("q=plimsoth&country=RO");
    expect(before.total).toBe(0);
    await loadEntries([entryInputSchema.parse(fixture({ slug: "fresh", title: "Plimsoth coding club", countries: ["RO"], kind: "platform" }))]);
    const after = await search("q=plimsoth&country=RO");
    expect(after.total).toBe(1);
    expect(count(after, "kind", "platform")).toBe(1);
    expect(slugs(after)).toEqual(["fresh"]);
  });
});

describe("hostile input", () => {
  it("treats SQL and tsquery syntax as plain words", async () => {
    for (const q of ["'; DROP TABLE entries; --", "a & | ! ( ) :* <-> \\", "%_%", "\u0000\u0001", "ｚｏｒｂｌａｘ"]) {
      const result = await search(`q=${encodeURIComponent(q)}`);
      expect(result.total).toBeGreaterThanOrEqual(0);
    }
    expect((await search(`q=${encodeURIComponent("ｚｏｒｂｌａｘ")}`)).total).toBe(3);
    expect((await searchCatalogue(defaultSearchQuery())).total).toBeGreaterThan(40);
  });

  it("finds nothing, quickly, for text that matches nothing", async () => {
    const result = await search("q=qqqqqqqqqqqqqqqqqqqq");
    expect(result.total).toBe(0);
    expect(result.facets.kind).toEqual([]);
  });
});

describe("never a dead end (issue 13) and what the empty state offers (issue 12)", () => {
  it("answers with the entries having most of the words when none has all, and says so", async () => {
    const result = await searchCatalogue(parseSearchParams(new URLSearchParams("q=zorblax+quorble+qqqqqqqq&country=RO")).query);
    expect(result.total).toBe(2);
    expect(result.partial).toBe(true);
    const strict = await searchCatalogue(parseSearchParams(new URLSearchParams("q=zorblax&country=RO")).query);
    expect(strict.partial).toBe(false);
    expect(slugs(result).sort()).toEqual(slugs(strict).sort());
  });

  it("ranks entries by how many words they have, earlier words first", async () => {
    const result = await searchCatalogue(parseSearchParams(new URLSearchParams("q=zorblax+circle+qqqqqqqq")).query);
    expect(result.partial).toBe(true);
    expect(slugs(result)[0]).toBe("zx-a");
  });

  it("finds nothing only when no word matches, and then offers every country", async () => {
    const query = parseSearchParams(new URLSearchParams("q=quorble+qqqqqqqq&country=RO")).query;
    expect((await searchCatalogue(query)).total).toBe(0);
    expect(await emptySearchSuggestions(query)).toEqual({ allCountries: 2 });
  });

  it("offers no countries without a country filter", async () => {
    expect(await emptySearchSuggestions(parseSearchParams(new URLSearchParams("q=qqqqqqqq")).query)).toEqual({ allCountries: null });
  });
});

describe("queries in any script and hostile queries (issue 13)", () => {
  it("finds entries in another script: Cyrillic for a Latin name and Latin for a Cyrillic text", async () => {
    expect(slugs(await search(`q=${encodeURIComponent("Зорбла")}`))).toEqual(expect.arrayContaining(["zx-a", "zx-b", "zx-c"]));
    expect(slugs(await search(`q=${encodeURIComponent("Скопје")}`)).length).toBeGreaterThan(0);
  });

  it("answers emoji, right-to-left text, mixed scripts and one letter repeated without failing", async () => {
    for (const q of ["😀🤖", "שלום عالم", "robotикa", "a".repeat(200), "z".repeat(200), "‮txet‬", "🇷🇴 STEM"]) {
      const result = await search(`q=${encodeURIComponent(q)}`);
      expect(result.total, q).toBeGreaterThanOrEqual(0);
      expect(result.hits.length, q).toBeLessThanOrEqual(result.pageSize);
    }
    // The flag is no word; the rest of the query still counts.
    expect((await search(`q=${encodeURIComponent("🇷🇴 zorblax")}`)).total).toBe(3);
  });

  it("reads words that mean different things in different languages both ways", async () => {
    // "mint" is STEM in German and a plant in English; "art" is a kind in German and Swedish.
    expect(slugs(await search("q=mint"))).toContain("mint");
    for (const q of ["mint", "post", "art"]) expect((await search(`q=${q}`)).partial, q).toBe(false);
  });

  it("reports the words it read as a filter, and ranks entries with that value first without requiring the word", async () => {
    const result = await search("q=zorblax+Belgique");
    expect(result.understood).toEqual([{ word: "belgique", facet: "country", value: "BE" }]);
    expect(result.total).toBe(3);
    expect(slugs(result)[0]).toBe("zx-b");
  });
});
