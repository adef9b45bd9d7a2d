import { COUNTRIES, labelOf, type CountryCode, type Facet } from "@/lib/catalogue/vocabularies";
import { isConceptId } from "./concepts";
import { conceptLabel } from "./index";
import type { ThesaurusLanguage } from "./languages";
import { countryName } from "./places";

// Labels of vocabulary terms in a language, from the one source the search
// reads too: countries from CLDR, kinds, levels and themes from the thesaurus.
// English keeps the catalogue's own labels (lib/catalogue/vocabularies.ts).

const countryCodes: ReadonlySet<string> = new Set(COUNTRIES.map((c) => c.value));
const isCountryCode = (value: string): value is CountryCode => countryCodes.has(value);

export function vocabularyLabel(facet: Facet, value: string, lang: ThesaurusLanguage): string {
  if (lang === "en") return labelOf(facet, value);
  if (facet === "country") return isCountryCode(value) ? countryName(value, lang) : value;
  const id = `${facet}:${value}`;
  return isConceptId(id) ? conceptLabel(id, lang) : labelOf(facet, value);
}
