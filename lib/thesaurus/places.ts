import { COUNTRIES, type CountryCode } from "@/lib/catalogue/vocabularies";
import { foldPhrase } from "@/lib/text/fold";
import { THESAURUS_LANGUAGES } from "./languages";
import { isPlaceForm, placesFileSchema } from "./places-schema";
import placesData from "./data/places.json";

// Places as people name them: a country by its name in any thesaurus language
// or its own language(s) (from CLDR via Intl), by adjectives and older names
// (data/places.json); a region, city or area the catalogue mentions by its
// names in those languages. Search reads the folded forms: "Deutschland",
// "Германија" and "german" all name Germany; "Vlaanderen" also finds entries
// that say "Flanders".

export type Place =
  | { type: "country"; country: CountryCode }
  | { type: "region"; id: string; country: CountryCode; names: readonly string[] };

export { PLACE_FORM_MAX_WORDS } from "./places-schema";

/**
 * Languages each country writes its own name in (BCP 47 tags Intl knows), so
 * a teacher there finds it as they write it. Latin Serbian is listed apart
 * because CLDR's "sr" is Cyrillic.
 */
export const OWN_LANGUAGES: Record<CountryCode, readonly string[]> = {
  AL: ["sq"],
  AD: ["ca"],
  AM: ["hy"],
  AT: ["de"],
  AZ: ["az"],
  BY: ["be", "ru"],
  BE: ["nl", "fr", "de"],
  BA: ["bs", "hr", "sr", "sr-Latn"],
  BG: ["bg"],
  HR: ["hr"],
  CY: ["el", "tr"],
  CZ: ["cs"],
  DK: ["da"],
  EE: ["et"],
  FI: ["fi", "sv"],
  FR: ["fr"],
  GE: ["ka"],
  DE: ["de"],
  GR: ["el"],
  HU: ["hu"],
  IS: ["is"],
  IE: ["ga", "en"],
  IT: ["it"],
  LV: ["lv"],
  LI: ["de"],
  LT: ["lt"],
  LU: ["lb", "fr", "de"],
  MT: ["mt", "en"],
  MD: ["ro"],
  MC: ["fr"],
  ME: ["sr-Latn", "sr"],
  NL: ["nl", "fy"],
  MK: ["mk"],
  NO: ["nb", "nn"],
  PL: ["pl"],
  PT: ["pt"],
  RO: ["ro"],
  SM: ["it"],
  RS: ["sr", "sr-Latn"],
  SK: ["sk"],
  SI: ["sl"],
  ES: ["es", "ca", "eu", "gl"],
  SE: ["sv"],
  CH: ["de", "fr", "it", "rm"],
  TR: ["tr"],
  UA: ["uk"],
  GB: ["en", "cy", "gd"],
};

// Leading articles some languages write before a country's name (Welsh
// "Y Deyrnas Unedig", Scottish Gaelic "An Rìoghachd Aonaichte", Maltese
// "il-Ġermanja"): the name is also found without them.
const LEADING_ARTICLES: ReadonlySet<string> = new Set(["an", "na", "il", "l", "ir", "is", "it", "iz", "ix", "in", "id", "ic", "yr", "y", "the"]);

const displayNames = new Map<string, Intl.DisplayNames>();

/** A country's name in a language, from CLDR (falls back to the English name for a language Intl lacks). */
export function countryName(code: CountryCode, lang: string): string {
  let names = displayNames.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([lang, "en"], { type: "region", fallback: "code" });
    displayNames.set(lang, names);
  }
  return names.of(code) ?? code;
}

/** The folded forms of a name: the whole, and without a leading article; only those that may name a place. */
function foldedForms(name: string): string[] {
  const folded = foldPhrase(name);
  const words = folded.split(" ");
  const bare = words.length > 1 && LEADING_ARTICLES.has(words[0] ?? "") ? words.slice(1).join(" ") : "";
  return [folded, bare].filter(isPlaceForm);
}

const data = placesFileSchema.parse(placesData);

const placesByForm = new Map<string, Place[]>();
const formsByPlace = new Map<string, readonly string[]>();

/** A place's key: its country code, or "region:<id>" (a place is found by value, not by identity). */
function placeKey(place: Place): string {
  return place.type === "country" ? place.country : `region:${place.id}`;
}

function addPlace(place: Place, names: readonly string[]): void {
  const forms = [...new Set(names.flatMap(foldedForms))];
  formsByPlace.set(placeKey(place), forms);
  for (const form of forms) placesByForm.set(form, [...(placesByForm.get(form) ?? []), place]);
}

for (const { value: code } of COUNTRIES) {
  const record = data.countries.find((c) => c.country === code);
  const intlNames = [...THESAURUS_LANGUAGES, ...OWN_LANGUAGES[code]].map((lang) => countryName(code, lang));
  addPlace({ type: "country", country: code }, [
    ...intlNames,
    ...(record?.demonyms ?? []),
    ...(record?.own ?? []),
    ...(record?.alternatives ?? []),
  ]);
}

const regions: Place[] = [];
for (const r of data.regions) {
  const place: Place = { type: "region", id: r.id, country: r.country, names: r.names };
  regions.push(place);
  addPlace(place, [...r.names, ...r.adjectives, ...r.abbreviations]);
}

/** Every region, city or area the catalogue names, in the order of data/places.json. */
export const REGIONS: readonly Place[] = regions;

/** The places a folded word or phrase names ("deutschland" → Germany; "vlaanderen" → Flanders). */
export function placesOfForm(folded: string): readonly Place[] {
  return placesByForm.get(folded) ?? [];
}

/** Every folded form of a place, for expanding a query that names it ("bruxelles" also searches "brussels"). */
export function placeForms(place: Place): readonly string[] {
  return formsByPlace.get(placeKey(place)) ?? [];
}

/** Every folded form and the places it names, for checks and indexing. */
export function allPlaceForms(): ReadonlyMap<string, readonly Place[]> {
  return placesByForm;
}
