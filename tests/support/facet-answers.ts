import { FACETS, FACET_VOCABULARIES } from "../../lib/catalogue/vocabularies";
import { tallyFacets, type FacetIndex } from "../../lib/search/facet-bits";
import { emptyFilters } from "../../lib/search/query";

// What searches read of a facet index, independent of its arrays' lengths:
// two indexes that give the same answers are equal here.

const docsOf = (set: Uint32Array) => Array.from({ length: set.length * 32 }, (_, d) => d).filter((d) => (set[d >>> 5]! >>> (d & 31)) & 1);

export function facetAnswers(index: FacetIndex) {
  const first = (facet: "country" | "level") => FACET_VOCABULARIES[facet][facet === "country" ? 3 : 1]!.value;
  return {
    present: docsOf(index.presentSet),
    sets: Object.fromEntries(FACETS.map((f) => [f, index.sets[f].sets.map(docsOf)])),
    totals: Object.fromEntries(FACETS.map((f) => [f, Array.from(index.sets[f].totals)])),
    newest: Array.from(index.newest),
    byTitle: Array.from(index.byTitle),
    verifiedSorted: Array.from(index.verifiedSorted),
    tally: tallyFacets(index, { ...emptyFilters(), country: [first("country")], level: [first("level")] }, null).counts,
    stamp: index.freshnessStamp,
  };
}
