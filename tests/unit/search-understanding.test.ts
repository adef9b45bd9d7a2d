import { describe, expect, it } from "vitest";
import { analyseQuery } from "../../lib/search/understanding/analyse";
import { foldPhrase, foldWord, hasNonLatinLetters, toLatinText } from "../../lib/text/fold";

const units = (q: string) => analyseQuery(q).units;

describe("folding words across scripts", () => {
  it("folds case, accents and scripts to ASCII", () => {
    expect(foldWord("Știință")).toBe("stiinta");
    expect(foldWord("Скопје")).toBe("skopje");
    expect(foldWord("Σχολείο")).toBe("scholeio");
    expect(foldPhrase("Nordrhein-Westfalen")).toBe("nordrhein westfalen");
  });
  it("leaves nothing of symbols and emoji", () => {
    expect(foldWord("😀")).toBe("");
    expect(foldPhrase("🤖 ★ ∑")).toBe("");
  });
  it("spells only non-Latin words in Latin letters", () => {
    expect(hasNonLatinLetters("Valnalón")).toBe(false);
    expect(hasNonLatinLetters("Универзитет")).toBe(true);
    expect(toLatinText("Универзитет „Св. Кирил и Методиј“ in Skopje 😀")).toBe("Univerzitet „Sv. Kiril i Metodij“ in Skopje 😀");
  });
});

describe("reading a query", () => {
  it("turns a word in any thesaurus language into its concept in every language", () => {
    const [science] = units("știință");
    expect(science?.alternatives).toEqual(expect.arrayContaining(["science", "naturwissenschaften", "nauka"]));
    expect(science?.optional).toBe(false);
  });

  it("reads a known phrase as one unit, across stop words inside it", () => {
    expect(units("formation des enseignants").map((u) => u.folded)).toEqual(["formation des enseignants"]);
    expect(units("școală primară").map((u) => u.facets)).toEqual([[{ facet: "level", value: "primary" }]]);
  });

  it("understands a country, level, kind or theme as a facet that ranks, not a word that filters", () => {
    const analysis = analyseQuery("STEM networks in Sweden");
    expect(analysis.understood).toEqual([{ word: "sweden", facet: "country", value: "SE" }]);
    expect(analysis.units.map((u) => [u.folded, u.optional])).toEqual([
      ["stem", false],
      ["networks", false],
      ["sweden", true],
    ]);
    expect(analyseQuery("Deutschland").understood).toEqual([{ word: "deutschland", facet: "country", value: "DE" }]);
    expect(analyseQuery("Северна Македонија").understood).toEqual([{ word: "северна македонија", facet: "country", value: "MK" }]);
  });

  it("expands a region's own name and abbreviation to its names in other languages", () => {
    expect(units("Nordrhein-Westfalen")[0]?.alternatives).toContain("north rhine westphalia");
    expect(units("NRW")[0]?.alternatives).toContain("north rhine westphalia");
  });

  it("finds a concept from an inflection the data does not list, and says which", () => {
    expect(units("климатично")[0]?.alternatives).toContain("climate");
    expect(units("earthqake")[0]?.closeTo).toEqual(["earthquake"]);
    expect(units("earthquake")[0]?.closeTo).toBeUndefined();
  });

  it("keeps unknown words as they are, without stop words or repeats", () => {
    expect(units("the Zorblax of zorblax")).toEqual([{ typed: "zorblax", folded: "zorblax", alternatives: [], facets: [], optional: false }]);
  });

  it("reads words of letters and digits in any script, so query syntax is never more than words", () => {
    expect(units("The STEM-Bildung of Valnalón, 2024!").map((u) => u.typed)).toEqual(["stem", "bildung", "valnalón", "2024"]);
    expect(units("'; DROP TABLE entries; --").map((u) => u.folded)).toEqual(["drop", "table", "entries"]);
    expect(units("a:* & b | !c <-> (d)").map((u) => u.folded)).toEqual(["b", "c", "d"]);
    expect(units("  ")).toEqual([]);
  });

  it("reads at most eight units, however long the query", () => {
    expect(units("alpha beta gamma delta epsilon zeta eta theta iota kappa")).toHaveLength(8);
  });

  it("stays quick and sensible for hostile input", () => {
    const started = performance.now();
    expect(units("a".repeat(200))).toHaveLength(1);
    expect(units("😀🤖🔬")).toEqual([]);
    expect(units("שלום مرحبا").map((u) => u.folded)).toEqual(["slvm", "mrhb"]);
    expect(units("robotикa").map((u) => u.folded)).toEqual(["robotika"]);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it("lets a word two languages share name both concepts", () => {
    // "mint" is STEM in German and a plant in English; "art" is kind in German and Swedish.
    expect(units("mint")[0]?.alternatives).toContain("stem");
    expect(units("art")[0]?.optional).toBe(false);
  });
});
