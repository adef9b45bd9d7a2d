import { countrySchema } from "@/lib/catalogue/schema";
import { labelOf, type EntryFacet } from "@/lib/catalogue/vocabularies";
import { isConceptId } from "./concepts";
import { conceptLabel } from "./index";
import type { ThesaurusLanguage } from "./languages";
import { countryName } from "./places";

// Labels of vocabulary terms in a language, from the one source the search
// reads too: countries from CLDR, kinds, levels and themes from the thesaurus.
// English keeps the catalogue's own labels (lib/catalogue/vocabularies.ts).
// The search's evidence and freshness facets are labelled by
// lib/search/facet-value-labels.ts, from the message catalogues.

export function vocabularyLabel(facet: EntryFacet, value: string, lang: ThesaurusLanguage): string {
  if (lang === "en") return labelOf(facet, value);
  if (facet === "country") {
    const code = countrySchema.safeParse(value);
    return code.success ? countryName(code.data, lang) : value;
  }
  const id = `${facet}:${value}`;
  return isConceptId(id) ? conceptLabel(id, lang) : labelOf(facet, value);
}
