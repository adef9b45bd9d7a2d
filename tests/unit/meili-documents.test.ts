import { describe, expect, it } from "vitest";
import { SEARCHABLE_ATTRIBUTES, sortKey, toMeiliDocument, type EntryRow } from "../../lib/search/meilisearch/document-shape";
import { INDEX_SETTINGS, synonymMap } from "../../lib/search/meilisearch/settings";

const row: EntryRow = {
  id: "4f6c1f9e-2c1a-4d7e-9a55-0d6f1d2a9b10",
  slug: "fundacion",
  kind: "organisation",
  title: "Fundación Quíxotë",
  titleLang: "es",
  summary: "A foundation.",
  description: "It runs science fairs.",
  impact: null,
  sourceAuthor: "Alliance staff",
  countries: ["ES", "PT"],
  levels: ["primary"],
  themes: ["mathematics"],
  status: "ongoing",
  yearStart: 2019,
  yearEnd: null,
  publishedAt: new Date("2026-01-02T03:04:05.000Z"),
  organisationNames: ["Ministry of Education", "Ministry of Education", "EU"],
};

describe("toMeiliDocument", () => {
  it("keeps what search, filters and sorting need", () => {
    expect(toMeiliDocument(row)).toEqual({
      id: row.id,
      slug: "fundacion",
      kind: "organisation",
      title: "Fundación Quíxotë",
      titleLang: "es",
      summary: "A foundation.",
      description: "It runs science fairs.",
      impact: null,
      sourceAuthor: "Alliance staff",
      organisation: ["Ministry of Education", "EU"],
      countries: ["ES", "PT"],
      levels: ["primary"],
      themes: ["mathematics"],
      labels: ["Spain", "Portugal", "Primary", "Mathematics", "Organisation"],
      status: "ongoing",
      yearStart: 2019,
      yearEnd: null,
      publishedAt: Date.parse("2026-01-02T03:04:05.000Z"),
      sortTitle: "fundacion quixote",
    });
  });

  it("sorts titles without case or accents", () => {
    expect(sortKey("  Émile Zola ")).toBe("emile zola");
    expect(["Zeta", "ábaco", "Beta"].map(sortKey).sort()).toEqual(["abaco", "beta", "zeta"]);
  });
});

describe("index settings", () => {
  it("searches title, summary, organisation, description in that order", () => {
    expect(SEARCHABLE_ATTRIBUTES.slice(0, 4)).toEqual(["title", "summary", "organisation", "description"]);
    expect(INDEX_SETTINGS.searchableAttributes).toEqual([...SEARCHABLE_ATTRIBUTES]);
  });

  it("filters and sorts only on fields documents have", () => {
    const fields = new Set(Object.keys(toMeiliDocument(row)));
    for (const attribute of [...INDEX_SETTINGS.filterableAttributes, ...INDEX_SETTINGS.sortableAttributes]) {
      expect(fields.has(attribute)).toBe(true);
    }
    expect(INDEX_SETTINGS.filterableAttributes).toEqual(["countries", "levels", "themes", "kind", "status", "yearStart"]);
  });

  it("makes STEM, STEAM, MINT and MINT-Bildung synonyms of each other", () => {
    const synonyms = INDEX_SETTINGS.synonyms;
    expect(synonyms.steam).toEqual(expect.arrayContaining(["stem", "mint", "mint-bildung"]));
    expect(synonyms["mint-bildung"]).toEqual(expect.arrayContaining(["stem", "steam", "mint"]));
    expect(synonyms.math).toEqual(["maths", "mathematics"].sort());
  });

  it("joins groups that share a word, and never lists a word as its own synonym", () => {
    const map = synonymMap([
      ["a", "b"],
      ["c", "d"],
      ["b", "c"],
    ]);
    expect(map).toEqual({ a: ["b", "c", "d"], b: ["a", "c", "d"], c: ["a", "b", "d"], d: ["a", "b", "c"] });
  });
});
