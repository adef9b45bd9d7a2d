import { describe, expect, it } from "vitest";
import { SEARCHABLE_ATTRIBUTES, latinText, sortKey, toMeiliDocument, type EntryRow } from "../../lib/search/meilisearch/document-shape";
import { HIT_ATTRIBUTES } from "../../lib/search/meilisearch/request";
import { INDEX_SETTINGS, indexSettings, localizedAttributes, searchCutoffMs } from "../../lib/search/meilisearch/settings";
import { exactWords } from "../../lib/search/meilisearch/synonyms";

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
  translations: {},
  lastVerifiedAt: null,
  evidence: null,
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
      translatedTitles: {},
      translatedSummaries: {},
      translatedDescriptions: {},
      translations: {},
      evidence: "not-assessed",
      evidenceLevel: null,
      lastVerifiedAt: null,
    });
  });

  it("carries the evidence level for its facet and its hits, and the last-verified date as a number", () => {
    const assessedAt = new Date("2026-11-30T12:00:00.000Z");
    const evidence = { level: "evaluated", justification: "A 2024 evaluation report.", evidenceUrl: "https://example.org/report", assessedAt };
    const doc = toMeiliDocument({ ...row, evidence, lastVerifiedAt: new Date("2026-05-01T08:00:00.000Z") });
    expect(doc.evidence).toBe("evaluated");
    expect(doc.evidenceLevel).toEqual({ ...evidence, assessedAt: assessedAt.getTime() });
    expect(doc.lastVerifiedAt).toBe(Date.parse("2026-05-01T08:00:00.000Z"));
  });

  it("makes every translation searchable and returns the translated titles with hits", () => {
    const mk = { title: "Фондација Кихот", summary: "Фондација што организира саеми на науката." };
    const de = { title: "Stiftung Quixote", summary: "Eine Stiftung, die Wissenschaftsmessen veranstaltet.", description: "Sie veranstaltet Messen." };
    const doc = toMeiliDocument({ ...row, translations: { de, mk, xx: de } });
    // One field per language, so that each is tokenised by its language's rules (localizedAttributes).
    expect(doc.translatedTitles).toEqual({ de: de.title, mk: mk.title });
    expect(doc.translatedSummaries).toEqual({ de: de.summary, mk: mk.summary });
    expect(doc.translatedDescriptions).toEqual({ de: de.description });
    expect(doc.translations).toEqual({ de: { title: de.title, summary: de.summary }, mk });
    expect(doc.latin).toContain("Fondatsija Kikhot");
    expect(SEARCHABLE_ATTRIBUTES).toContain("translatedTitles");
  });

  it("spells text in other scripts in Latin letters, and only then", () => {
    expect(toMeiliDocument(row)).not.toHaveProperty("latin");
    expect(latinText({ title: "Știință pentru toți", summary: "Ünïcode", description: "" })).toBeNull();
    const cyrillic = { ...row, title: "Наука во Скопје", summary: "Робот клуб, 2024.", description: "Also in English." };
    expect(toMeiliDocument(cyrillic).latin).toBe("Nauka vo Skopje\nRobot klub, 2024.\nAlso in English.");
    expect(latinText({ title: "Σχολείο", summary: "", description: "" })).toBe("Scholeio\n\n");
  });

  it("sorts titles without case or accents", () => {
    expect(sortKey("  Émile Zola ")).toBe("emile zola");
    expect(["Zeta", "ábaco", "Beta"].map(sortKey).sort()).toEqual(["abaco", "beta", "zeta"]);
  });
});

describe("index settings", () => {
  it("searches title, summary, organisation, description (each followed by its translations), then the Latin spelling, in that order", () => {
    expect(SEARCHABLE_ATTRIBUTES.slice(0, 8)).toEqual([
      "title", "translatedTitles", "summary", "translatedSummaries", "organisation", "description", "translatedDescriptions", "latin",
    ]);
    expect(INDEX_SETTINGS.searchableAttributes).toEqual([...SEARCHABLE_ATTRIBUTES]);
  });

  it("filters and sorts only on fields documents have, comparing only the year, the last-verified date and the id", () => {
    const fields = new Set(Object.keys(toMeiliDocument(row)));
    const filterable = INDEX_SETTINGS.filterableAttributes.flatMap((rule) => (typeof rule === "string" ? [rule] : rule.attributePatterns));
    for (const attribute of [...filterable, ...INDEX_SETTINGS.sortableAttributes]) {
      expect(fields.has(attribute)).toBe(true);
    }
    expect(INDEX_SETTINGS.filterableAttributes).toEqual([
      { attributePatterns: ["countries", "levels", "themes", "kind", "evidence", "status"], features: { facetSearch: false, filter: { equality: true, comparison: false } } },
      { attributePatterns: ["yearStart", "lastVerifiedAt", "id"], features: { facetSearch: false, filter: { equality: true, comparison: true } } },
    ]);
  });

  it("shows only the fields hits are made of, and the id", () => {
    const fields = new Set(Object.keys(toMeiliDocument(row)));
    expect(INDEX_SETTINGS.displayedAttributes).toEqual(["id", ...HIT_ATTRIBUTES]);
    for (const attribute of INDEX_SETTINGS.displayedAttributes) expect(fields.has(attribute)).toBe(true);
  });

  it("turns facet search off and measures proximity within a field only", () => {
    expect(INDEX_SETTINGS.facetSearch).toBe(false);
    expect(INDEX_SETTINGS.proximityPrecision).toBe("byAttribute");
  });

  it("tokenises each translation by its language's rules and the catalogue's own texts as English", () => {
    const rules = localizedAttributes();
    expect(rules[0]).toEqual({ attributePatterns: ["summary", "description", "impact"], locales: ["eng"] });
    expect(rules).toContainEqual({ attributePatterns: ["translatedTitles.de", "translatedSummaries.de", "translatedDescriptions.de"], locales: ["deu"] });
    expect(rules).toContainEqual({ attributePatterns: ["translatedTitles.mk", "translatedSummaries.mk", "translatedDescriptions.mk"], locales: ["mkd"] });
    // Albanian has no Meilisearch tokeniser: detected, not listed.
    expect(rules.flatMap((r) => r.attributePatterns).some((p) => p.endsWith(".sq"))).toBe(false);
  });

  it("cuts a search off at half of MEILI_TIMEOUT_MS, before the client gives up on it", () => {
    expect(indexSettings(2000).searchCutoffMs).toBe(1000);
    expect(searchCutoffMs(100)).toBe(50);
    for (const timeout of [100, 2000, 120_000]) expect(searchCutoffMs(timeout)).toBeLessThan(timeout);
  });

  it("exempts short synonym words and acronyms from typos, so stem no longer matches step or seem, nor mint mind", () => {
    const { typoTolerance } = indexSettings(2000);
    const exact = new Set(typoTolerance?.disableOnWords ?? []);
    for (const word of ["stem", "mint", "steam", "robot", "tic", "mooc"].filter((w) => w.length >= 4)) expect(exact.has(word)).toBe(true);
    // Words Meilisearch gives two typos, phrases and words too short for a typo are left alone.
    expect([...exact].every((w) => !w.includes(" ") && [...w].length >= 4 && [...w].length < 8)).toBe(true);
    expect(typoTolerance?.minWordSizeForTypos).toEqual({ oneTypo: 4, twoTypos: 8 });
    expect(exactWords({ stem: ["steam"], "stem education": ["x"], ai: ["y"], engineering: ["z"] })).toEqual(["stem"]);
  });
});
