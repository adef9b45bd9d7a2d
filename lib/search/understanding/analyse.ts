import type { Facet } from "@/lib/catalogue/vocabularies";
import { conceptsOfForm, formsOfConcept, MAX_FORM_WORDS, type ConceptId } from "@/lib/thesaurus";
import { PLACE_FORM_MAX_WORDS, placeForms, placesOfForm, type Place } from "@/lib/thesaurus/places";
import { foldWord, wordsOf } from "@/lib/text/fold";
import { MAX_QUERY_WORDS, STOP_WORDS, normaliseQueryText } from "../text";

// What a query's words mean, before any engine sees them. The words are read
// as units: a phrase the thesaurus or the places know ("școală primară",
// "Baden-Württemberg") or a single word. A unit matches an entry that has any
// of its alternatives (the concept in every language, the place in every
// language, the word in Latin letters) and, when it names a country, level,
// kind or theme, an entry with that facet value. A unit that only names facet
// values is optional: it ranks entries with that value first instead of being
// required as text ("STEM networks in Sweden").

export type FacetValue = { facet: Facet; value: string };

export type QueryUnit = {
  /** The words as typed, lower case ("școală primară"). */
  typed: string;
  /** The same folded to ASCII ("scoala primara"): what the index is searched for, as a prefix. */
  folded: string;
  /** Other folded words and phrases that count as this unit: translations, other names. */
  alternatives: readonly string[];
  /** Facet values this unit names. */
  facets: readonly FacetValue[];
  /** True when the unit only names facet values: it ranks, it does not filter. */
  optional: boolean;
};

export type Understood = { word: string; facet: Facet; value: string };

export type QueryAnalysis = { units: QueryUnit[]; understood: Understood[] };

type Word = { typed: string; folded: string };

const LONGEST_PHRASE = Math.max(MAX_FORM_WORDS, PLACE_FORM_MAX_WORDS);

function queryWords(text: string): Word[] {
  const words: Word[] = [];
  const seen = new Set<string>();
  for (const typed of wordsOf(normaliseQueryText(text).toLowerCase())) {
    const folded = foldWord(typed);
    if (!folded || STOP_WORDS.has(folded) || seen.has(folded)) continue;
    seen.add(folded);
    words.push({ typed, folded });
  }
  return words.slice(0, MAX_QUERY_WORDS);
}

function conceptFacet(id: ConceptId): FacetValue | null {
  const [prefix, value] = id.split(":");
  return (prefix === "kind" || prefix === "level" || prefix === "theme") && value ? { facet: prefix, value } : null;
}

function placeFacet(place: Place): FacetValue | null {
  return place.type === "country" ? { facet: "country", value: place.country } : null;
}

function toUnit(words: Word[], concepts: readonly ConceptId[], places: readonly Place[]): QueryUnit {
  const folded = words.map((w) => w.folded).join(" ");
  const facets = [...concepts.map(conceptFacet), ...places.map(placeFacet)].filter((f): f is FacetValue => f !== null);
  const alternatives = new Set([...concepts.flatMap(formsOfConcept), ...places.flatMap(placeForms)]);
  alternatives.delete(folded);
  const namesOnlyFacets = facets.length > 0 && facets.length === concepts.length + places.length;
  return { typed: words.map((w) => w.typed).join(" "), folded, alternatives: [...alternatives], facets, optional: namesOnlyFacets };
}

/** Reads a query into units, longest known phrase first. Pure: no database. */
export function analyseQuery(text: string): QueryAnalysis {
  const words = queryWords(text);
  const units: QueryUnit[] = [];
  for (let i = 0; i < words.length; ) {
    let taken = 1;
    let unit: QueryUnit | null = null;
    for (let n = Math.min(LONGEST_PHRASE, words.length - i); n >= 1; n--) {
      const span = words.slice(i, i + n);
      const phrase = span.map((w) => w.folded).join(" ");
      const concepts = conceptsOfForm(phrase);
      const places = placesOfForm(phrase);
      if (n > 1 && concepts.length === 0 && places.length === 0) continue;
      unit = toUnit(span, concepts, places);
      taken = n;
      break;
    }
    if (unit) units.push(unit);
    i += taken;
  }
  const understood = units.flatMap((u) => (u.optional ? u.facets.map((f) => ({ word: u.typed, ...f })) : []));
  return { units, understood };
}
