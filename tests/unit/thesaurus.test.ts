import { describe, expect, it } from "vitest";
import { CONCEPTS, CONCEPT_IDS } from "../../lib/thesaurus/concepts";
import { THESAURUS, conceptLabel, conceptsOfForm, formsOfConcept } from "../../lib/thesaurus";
import { THESAURUS_LANGUAGES } from "../../lib/thesaurus/languages";
import { foldPhrase } from "../../lib/text/fold";

describe("the thesaurus data", () => {
  for (const lang of THESAURUS_LANGUAGES) {
    describe(lang, () => {
      const file = THESAURUS[lang];
      it("is the language its file is named after, with its own name", () => {
        expect(file.language).toBe(lang);
        expect(file.name).not.toBe(lang);
      });
      it("names every concept, and only known ones", () => {
        const missing = CONCEPTS.map((c) => c.id).filter((id) => !file.concepts[id]);
        expect(missing).toEqual([]);
        expect(Object.keys(file.concepts).filter((id) => !CONCEPT_IDS.has(id))).toEqual([]);
      });
      it("lists no form twice within a concept", () => {
        const repeated = Object.entries(file.concepts).flatMap(([id, terms]) => {
          const folded = terms.forms.map(foldPhrase);
          return folded.filter((f, i) => folded.indexOf(f) !== i).map((f) => `${id}: ${f}`);
        });
        expect(repeated).toEqual([]);
      });
    });
  }
});

describe("looking concepts up", () => {
  it("finds a concept from a form in any language and script, folded", () => {
    expect(conceptsOfForm(foldPhrase("Știință"))).toContain("science");
    expect(conceptsOfForm(foldPhrase("primary school"))).toContain("level:primary");
  });
  it("gives every form of a concept across languages", () => {
    expect(formsOfConcept("science")).toContain("science");
    expect(formsOfConcept("girls")).toContain("girls");
  });
  it("labels a concept in a language, falling back to English", () => {
    expect(conceptLabel("level:primary", "en")).toBe("Primary");
  });
});
