import { describe, expect, it } from "vitest";
import { storedSources } from "../../lib/catalogue/sources";

describe("storedSources", () => {
  it("keeps every source and its link", () => {
    const sources = [{ title: "UNESCO news", url: "https://www.unesco.org/en/articles/x", note: "Figures" }, { title: "Project report" }];
    expect(storedSources(sources)).toEqual(sources);
  });

  it("loses only what is wrong with one source, not the links of the others", () => {
    const stored = [
      { title: "Old address", url: "javascript:alert(1)", note: "From before the rule" },
      { title: "UNESCO news", url: "https://www.unesco.org/en/articles/x" },
      { url: "https://example.org/no-title" },
    ];
    expect(storedSources(stored)).toEqual([
      { title: "Old address", note: "From before the rule" },
      { title: "UNESCO news", url: "https://www.unesco.org/en/articles/x" },
    ]);
  });

  it("reads anything that is not a list as no sources", () => {
    expect(storedSources(null)).toEqual([]);
    expect(storedSources({ title: "x" })).toEqual([]);
  });
});
