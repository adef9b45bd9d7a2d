// The languages the thesaurus covers (ISO 639-1). Adding one means adding
// data/<code>.json; the unit test checks it names every concept.
export const THESAURUS_LANGUAGES = ["en", "de", "fr", "nl", "ro", "mk", "es", "it", "bg", "sq", "tr", "el", "pl", "sv"] as const;
export type ThesaurusLanguage = (typeof THESAURUS_LANGUAGES)[number];
