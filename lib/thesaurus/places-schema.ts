import { z } from "zod";
import { countrySchema } from "@/lib/catalogue/schema";
import { COUNTRIES } from "@/lib/catalogue/vocabularies";
import { foldPhrase } from "@/lib/text/fold";

// The shape of data/places.json: the forms of country and region names that
// CLDR (Intl.DisplayNames) does not give, written by hand. Every name must
// still be something a person types, so the same rules hold for all of them.

/** Longest place form, in folded words ("Rhénanie-du-Nord-Westphalie" has four). */
export const PLACE_FORM_MAX_WORDS = 4;

const COUNTRY_CODES: ReadonlySet<string> = new Set(COUNTRIES.map((c) => c.value));

// Words that never name a place on their own: a query holding them must not be
// read as naming a country.
const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    "a an and are as at be but by de del der die do for from he her his if in into is it its la las le les los " +
    "me my no not of on or our so than that the their them then there these they this to was we were what when " +
    "who will with you am al el il ir un una une"
  ).split(" "),
);

// Common English words that a country's name in another language folds to:
// German and Scandinavian "Island" (Iceland). A query for "island" must not
// become one for Iceland. French "Suède" (Sweden) stays: suede is no word of
// this catalogue, and French teachers type it.
const COMMON_WORDS: ReadonlySet<string> = new Set(["island"]);

/**
 * Whether a folded form may stand for a place: not empty, at most
 * PLACE_FORM_MAX_WORDS words, not a stop word or common English word, and not
 * one of our two-letter country codes (codes are filters, not search words).
 */
export function isPlaceForm(folded: string): boolean {
  const words = folded.split(" ").filter(Boolean);
  if (words.length === 0 || words.length > PLACE_FORM_MAX_WORDS) return false;
  if (words.length === 1 && (STOP_WORDS.has(folded) || COMMON_WORDS.has(folded))) return false;
  return !COUNTRY_CODES.has(folded.toUpperCase());
}

const placeName = z
  .string()
  .trim()
  .min(1)
  .refine((s) => /^[\p{L}\p{M}\p{N}' -]+$/u.test(s), "A name holds letters, digits, spaces, hyphens and apostrophes only.")
  .refine((s) => isPlaceForm(foldPhrase(s)), "A name folds to 1–4 words and is neither a stop word nor a country code.");

export const countryRecordSchema = z.object({
  country: countrySchema,
  /** English adjectives and names of the people: "German", "Swiss". */
  demonyms: z.array(placeName),
  /** Adjectives and inflected names in the country's own language(s): "deutsch", "română". */
  own: z.array(placeName),
  /** Other names in use, mostly English: "Holland", "UK", "Macedonia". */
  alternatives: z.array(placeName),
});

export const regionRecordSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "A region id is a lower-case slug."),
  country: countrySchema,
  /** Its names: English first, then its own language(s) and other thesaurus languages where they differ. */
  names: z.array(placeName).min(1),
  /** Adjectives and demonyms that stand for the region ("Flemish", "Vlaamse"). */
  adjectives: z.array(placeName),
  /** Abbreviations that are not ordinary words ("NRW"). */
  abbreviations: z.array(placeName),
});

export const placesFileSchema = z
  .object({ countries: z.array(countryRecordSchema), regions: z.array(regionRecordSchema) })
  .refine((f) => new Set(f.countries.map((c) => c.country)).size === f.countries.length, "A country has one record.")
  .refine((f) => new Set(f.regions.map((r) => r.id)).size === f.regions.length, "Region ids are unique.");

export type CountryRecord = z.infer<typeof countryRecordSchema>;
export type RegionRecord = z.infer<typeof regionRecordSchema>;
export type PlacesFile = z.infer<typeof placesFileSchema>;
