import { perFacet, type Facet } from "@/lib/catalogue/vocabularies";
import type { ThesaurusLanguage } from "@/lib/thesaurus/languages";
import { keepsVocabularyOrder } from "./facet-counts";
import { facetValueLabel } from "./facet-value-labels";
import type { FacetCount } from "./types";

// The engines count facets with the catalogue's English labels; a page or an
// API answer in another language relabels them once, here, and orders values
// with equal counts as a reader of that language sorts them (evidence levels
// and freshness keep their own order).

const collators = new Map<ThesaurusLanguage, Intl.Collator>();

function collator(lang: ThesaurusLanguage): Intl.Collator {
  let found = collators.get(lang);
  if (!found) {
    found = new Intl.Collator(lang, { sensitivity: "base", numeric: true });
    collators.set(lang, found);
  }
  return found;
}

/** The facet counts labelled in `lang`: most entries first, then by label. English is returned as it is. */
export function labelFacets(facets: Record<Facet, FacetCount[]>, lang: ThesaurusLanguage): Record<Facet, FacetCount[]> {
  if (lang === "en") return facets;
  const compare = collator(lang).compare;
  return perFacet((facet) => {
    const labelled = facets[facet].map((c) => ({ ...c, label: facetValueLabel(facet, c.value, lang) }));
    return keepsVocabularyOrder(facet) ? labelled : labelled.sort((a, b) => b.count - a.count || compare(a.label, b.label));
  });
}
