import { describe, expect, it } from "vitest";
import { COUNTRIES, FACETS, FACET_VOCABULARIES, KINDS, LEVELS, THEMES, labelOf } from "../../lib/catalogue/vocabularies";

describe("vocabularies", () => {
  it("uses the kind slugs of the URLs and the API", () => {
    expect(KINDS.map((k) => k.value)).toEqual(["programme", "platform", "publication", "resource", "project-team", "organisation"]);
  });

  it("has unique, URL-safe values in every facet", () => {
    for (const facet of FACETS) {
      const values = FACET_VOCABULARIES[facet].map((t) => t.value);
      expect(new Set(values).size).toBe(values.length);
      for (const v of values) expect(v).toMatch(facet === "country" ? /^[A-Z]{2}$/ : /^[a-z]+(-[a-z]+)*$/);
    }
  });

  it("covers UNESCO's Europe region beyond the EU", () => {
    const codes = COUNTRIES.map((c) => c.value);
    for (const code of ["RO", "BE", "AL", "RS", "TR", "UA", "MD", "GB", "NO", "CH"]) expect(codes).toContain(code);
  });

  it("has the levels and themes the design names", () => {
    expect(LEVELS).toHaveLength(8);
    expect(THEMES.map((t) => t.value)).toEqual(expect.arrayContaining(["gender-equality", "earthquake-engineering", "steam-arts"]));
  });

  it("labels values and passes unknown ones through", () => {
    expect(labelOf("country", "TR")).toBe("Türkiye");
    expect(labelOf("level", "vocational")).toBe("Vocational (VET)");
    expect(labelOf("theme", "nope")).toBe("nope");
  });
});
