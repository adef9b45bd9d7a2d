import type { LanguageCode } from "@/lib/catalogue/vocabularies";

// Languages whose words the index also stems, with the PostgreSQL snowball
// configuration of each (ch_<name>: unaccent, then the language's stemmer;
// see the migration multilingual_search). An entry whose title or material is
// in one of them is indexed with its stemmer as well as English. Irish,
// Lithuanian and Estonian have configurations but are left out: our entries in
// them are multilingual portals whose text is English, and their stemmers turn
// English query words into odd stems ("training" → "trainingi").

export const STEMMING_CONFIGS: Partial<Record<LanguageCode, string>> = {
  da: "ch_danish",
  de: "ch_german",
  el: "ch_greek",
  es: "ch_spanish",
  fi: "ch_finnish",
  fr: "ch_french",
  hu: "ch_hungarian",
  it: "ch_italian",
  nl: "ch_dutch",
  no: "ch_norwegian",
  pt: "ch_portuguese",
  ro: "ch_romanian",
  sr: "ch_serbian",
  sv: "ch_swedish",
  tr: "ch_turkish",
};

export const STEMMED_LANGUAGE_CONFIGS: readonly string[] = [...new Set(Object.values(STEMMING_CONFIGS))];
