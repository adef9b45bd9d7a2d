import { FACET_VOCABULARIES, ORDERED_FACETS, labelOf, type Facet } from "@/lib/catalogue/vocabularies";
import type { FacetCount } from "./types";

// A facet's counts as both engines give them: the values with entries or
// selected, labelled in English. Most entries first, but evidence levels and
// freshness keep their own order (strongest and freshest first), which says
// more than their sizes.

/** Whether a facet's values are listed in their vocabulary's order rather than by count. */
export function keepsVocabularyOrder(facet: Facet): boolean {
  return ORDERED_FACETS.includes(facet);
}

export function shapeFacetCounts(facet: Facet, count: { get(value: string): number | undefined }, selected: string[]): FacetCount[] {
  const chosen = new Set(selected);
  const counts = FACET_VOCABULARIES[facet]
    .map((t) => ({ value: t.value, label: labelOf(facet, t.value), count: count.get(t.value) ?? 0, selected: chosen.has(t.value) }))
    .filter((c) => c.count > 0 || c.selected);
  return keepsVocabularyOrder(facet) ? counts : counts.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}
