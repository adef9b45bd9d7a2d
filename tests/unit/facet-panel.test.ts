import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { FacetPanel } from "../../components/search/facet-panel";
import { FACETS, type Facet } from "../../lib/catalogue/vocabularies";
import type { FacetCount } from "../../lib/search";
import { emptyFilters } from "../../lib/search/query";
import { renderInLanguage } from "../support/render-intl";

// The search's facet panel: one tick box per value, its count said as the
// page's language writes numbers.

const facets = Object.fromEntries(FACETS.map((f) => [f, [] as FacetCount[]])) as Record<Facet, FacetCount[]>;
facets.country = [
  { value: "RO", label: "Rumänien", count: 12345, selected: true },
  { value: "MT", label: "Malta", count: 7, selected: false },
];

const render = () =>
  renderInLanguage(
    createElement(FacetPanel, { facets, query: { q: "", filters: emptyFilters(), sort: "relevance", page: 1, pageSize: 20 }, expanded: [], headingId: "facets" }),
    "de",
  );

describe("FacetPanel", () => {
  it("says a value's count in the page's language", () => {
    const html = render();
    expect(html).toContain("Rumänien<span>(12.345)</span>");
    expect(html).toContain("Malta<span>(7)</span>");
  });

  it("ticks the selected values and names each box after its facet", () => {
    const html = render();
    expect(html).toContain('<input type="checkbox" name="country" checked="" value="RO"/>');
    expect(html).toContain('<input type="checkbox" name="country" value="MT"/>');
  });
});
