import type { EntryFacet } from "@/lib/catalogue/vocabularies";
import { conceptLabel, conceptsOfForm, conceptsSharingStem, formsOfConcept, MAX_FORM_WORDS, type ConceptId } from "@/lib/thesaurus";
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

export type FacetValue = { facet: EntryFacet; value: string };

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
  /** Concepts found through a word close to the one typed ("earthqake" → earthquake), by English label. */
  closeTo?: readonly string[];
};

export type Understood = { word: string; facet: EntryFacet; value: string };

export type QueryAnalysis = { units: QueryUnit[]; understood: Understood[] };

/** A query word; stop words are kept inside phrases ("formation des enseignants") but not alone. */
type Word = { typed: string; folded: string; stop: boolean };

const LONGEST_PHRASE = Math.max(MAX_FORM_WORDS, PLACE_FORM_MAX_WORDS);

function queryWords(text: string): Word[] {
  const words: Word[] = [];
  for (const typed of wordsOf(normaliseQueryText(text).toLowerCase())) {
    const folded = foldWord(typed);
    if (folded) words.push({ typed, folded, stop: STOP_WORDS.has(folded) });
  }
  return words;
}

function conceptFacet(id: ConceptId): FacetValue | null {
  const [prefix, value] = id.split(":");
  return (prefix === "kind" || prefix === "level" || prefix === "theme") && value ? { facet: prefix, value } : null;
}

function placeFacet(place: Place): FacetValue | null {
  return place.type === "country" ? { facet: "country", value: place.country } : null;
}

function toUnit(words: Word[], concepts: readonly ConceptId[], places: readonly Place[], close: boolean): QueryUnit {
  const folded = words.map((w) => w.folded).join(" ");
  const facets = [...concepts.map(conceptFacet), ...places.map(placeFacet)].filter((f): f is FacetValue => f !== null);
  const alternatives = new Set([...concepts.flatMap(formsOfConcept), ...places.flatMap(placeForms)]);
  alternatives.delete(folded);
  const namesOnlyFacets = facets.length > 0 && facets.length === concepts.length + places.length;
  const unit = { typed: words.map((w) => w.typed).join(" "), folded, alternatives: [...alternatives], facets, optional: namesOnlyFacets };
  return close ? { ...unit, closeTo: concepts.map((c) => conceptLabel(c, "en").toLowerCase()) } : unit;
}

/** Reads a query into units, longest known phrase first. Pure: no database. */
export function analyseQuery(text: string): QueryAnalysis {
  const words = queryWords(text);
  const units: QueryUnit[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < words.length && units.length < MAX_QUERY_WORDS; ) {
    const found = knownPhraseAt(words, i);
    const span = found?.span ?? words.slice(i, i + 1);
    i += span.length;
    const unit = found ? toUnit(span, found.concepts, found.places, found.close) : span[0]?.stop ? null : toUnit(span, [], [], false);
    if (!unit || seen.has(unit.folded)) continue;
    seen.add(unit.folded);
    units.push(unit);
  }
  const understood = units.flatMap((u) => (u.optional ? u.facets.map((f) => ({ word: u.typed, ...f })) : []));
  return { units, understood };
}

/** The longest phrase from word i that the thesaurus or the places know, if any. */
function knownPhraseAt(words: Word[], i: number) {
  for (let n = Math.min(LONGEST_PHRASE, words.length - i); n >= 1; n--) {
    const span = words.slice(i, i + n);
    // A phrase neither starts nor ends with a stop word; a lone stop word is no unit.
    if (span[0]?.stop || span[n - 1]?.stop) continue;
    const phrase = span.map((w) => w.folded).join(" ");
    const concepts = conceptsOfForm(phrase);
    const places = placesOfForm(phrase);
    if (concepts.length > 0 || places.length > 0) return { span, concepts, places, close: false };
  }
  const word = words[i];
  const close = word && !word.stop ? conceptsSharingStem(word.folded) : [];
  return word && close.length > 0 ? { span: [word], concepts: close, places: [], close: true } : null;
}
