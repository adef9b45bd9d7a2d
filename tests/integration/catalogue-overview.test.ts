import { describe, expect, it } from "vitest";
import { loadEntries } from "../../lib/catalogue/load";
import { entryInputSchema } from "../../lib/catalogue/schema";
import { searchCatalogue } from "../../lib/search";
import { defaultSearchQuery } from "../../lib/search/query";
import { catalogueOverview } from "../../lib/stats";

// The home page's figures are kept for the catalogue's generation: they must
// be the search's own answer, and a change must be in the very next one.

const countOf = (counts: { value: string; count: number }[], value: string) => counts.find((c) => c.value === value)?.count ?? 0;

describe("the catalogue overview of the home page", () => {
  it("is the whole catalogue's answer, newest first, and follows a change at once", async () => {
    const before = await catalogueOverview();
    const search = await searchCatalogue(defaultSearchQuery({ pageSize: 6 }));
    expect(before.total).toBe(search.total);
    expect(before.facets).toEqual(search.facets);
    expect(before.hits.map((h) => h.slug)).toEqual(search.hits.map((h) => h.slug));
    expect(await catalogueOverview()).toBe(before);

    await loadEntries(
      [
        entryInputSchema.parse({
          slug: "overview-newcomer",
          title: "Overview newcomer in Andorra",
          kind: "resource",
          summary: "A fixture entry that the home page's overview must count at once.",
          description: "This description exists so that the entry is long enough to be valid in the catalogue.",
          countries: ["AD"],
          levels: ["primary"],
          themes: ["entrepreneurship"],
          sources: [{ title: "Test fixture" }],
        }),
      ],
      "test",
    );
    const after = await catalogueOverview();
    expect(after.total).toBe(before.total + 1);
    expect(countOf(after.facets.country, "AD")).toBe(countOf(before.facets.country, "AD") + 1);
    expect(after.hits[0]?.slug).toBe("overview-newcomer");
  });
});
