import { describe, expect, it } from "vitest";
import { INDEX_SETTINGS, indexSettings } from "../../lib/search/meilisearch/settings";
import { MAX_SYNONYMS_PER_WORD, MAX_SYNONYM_WORDS_PER_WORD, buildSynonyms } from "../../lib/search/meilisearch/synonyms";

const synonyms = buildSynonyms();

describe("thesaurus synonyms for Meilisearch", () => {
  it("finds the English concept from a folded Romanian word", () => {
    expect(synonyms.stiinta).toContain("science");
  });

  it("finds it from a Cyrillic word, as written and in Latin letters", () => {
    expect(synonyms["наука"]).toContain("science");
    expect(synonyms.nauka).toContain("science");
    // An English query also reaches Cyrillic text as written.
    expect(synonyms.science).toContain("наука");
  });

  it("keys letters Meilisearch keeps as they are, as well as in ASCII", () => {
    // Meilisearch strips accents but keeps "ł": a Polish query reaches the concept either way.
    expect(synonyms["szkoła"]).toContain("school");
    expect(synonyms.szkola).toContain("school");
    expect(synonyms.school).toEqual(expect.arrayContaining(["szkoła", "szkola"]));
  });

  it("keeps STEM, STEAM, MINT and MINT-Bildung together", () => {
    expect(synonyms.mint).toContain("stem");
    expect(synonyms.stem).toContain("mint");
    expect(synonyms.steam).toContain("stem");
    expect(synonyms["mint bildung"]).toContain("stem");
    expect(synonyms.math).toContain("mathematics");
  });

  it("names places in every script and language", () => {
    expect(synonyms.skopje).toContain("скопје");
    expect(synonyms["скопје"]).toContain("skopje");
    expect(synonyms.sverige).toContain("sweden");
    expect(synonyms.deutschland).toContain("germany");
  });

  it("stays within Meilisearch's limits and never lists a word as its own synonym", () => {
    for (const [word, targets] of Object.entries(synonyms)) {
      expect(targets.length).toBeGreaterThan(0);
      expect(targets.length).toBeLessThanOrEqual(MAX_SYNONYMS_PER_WORD);
      expect(targets.reduce((n, t) => n + t.split(" ").length, 0)).toBeLessThanOrEqual(MAX_SYNONYM_WORDS_PER_WORD);
      expect(targets).not.toContain(word);
      expect(new Set(targets).size).toBe(targets.length);
    }
  });

  it("keeps the settings a size Meilisearch accepts", () => {
    // About 2.8 MB today; Meilisearch's default payload limit is 100 MB.
    const bytes = Buffer.byteLength(JSON.stringify(indexSettings(2000)));
    expect(bytes).toBeLessThan(10_000_000);
    expect(indexSettings(2000).synonyms).toEqual(synonyms);
    expect(indexSettings(2000).searchableAttributes).toEqual(INDEX_SETTINGS.searchableAttributes);
  });
});
