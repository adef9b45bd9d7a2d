import { FLAG_AFTER_MONTHS, REMIND_AFTER_MONTHS } from "@/lib/verification/freshness";

// Controlled vocabularies of the catalogue. Slugs are stable identifiers used in
// URLs, the API and the database; labels are what people read.

export type VocabularyTerm = { readonly value: string; readonly label: string };

function terms<const T extends readonly VocabularyTerm[]>(list: T) {
  return list;
}

export const KINDS = terms([
  { value: "programme", label: "Programme", hint: "Organised, ongoing activity for learners or teachers: a competition, course, school scheme or funding call." },
  { value: "platform", label: "Platform", hint: "A national or regional STEM platform or network that brings schools, companies and governments together." },
  { value: "publication", label: "Publication", hint: "Something to read about STEM education: a report, study, strategy, policy paper or action plan." },
  { value: "resource", label: "Resource", hint: "Something to teach or learn with: lesson plans, a teacher guide, a toolkit, experiments or software." },
  { value: "project-team", label: "Project team", hint: "A funded project and the team carrying it out, such as the UNESCO/Huawei teams." },
  { value: "organisation", label: "Organisation", hint: "A ministry, university, school, company, NGO or funder that runs or supports STEM work." },
  { value: "event", label: "Event", hint: "A conference, contest, workshop, webinar or meeting on a given date, on site or online." },
] as const);

export const LEVELS = terms([
  { value: "early-childhood", label: "Early childhood" },
  { value: "primary", label: "Primary" },
  { value: "lower-secondary", label: "Lower secondary" },
  { value: "upper-secondary", label: "Upper secondary" },
  { value: "vocational", label: "Vocational (VET)" },
  { value: "higher-education", label: "Higher education" },
  { value: "adult-learning", label: "Adult and lifelong learning" },
  { value: "teacher-development", label: "Teacher professional development" },
] as const);

export const THEMES = terms([
  { value: "gender-equality", label: "Gender equality" },
  { value: "digital-skills", label: "Digital skills" },
  { value: "refugees-migrants", label: "Inclusion of refugees and migrants" },
  { value: "inclusion", label: "Inclusion and equity" },
  { value: "climate-sustainability", label: "Climate and sustainability" },
  { value: "earthquake-engineering", label: "Earthquake and civil engineering" },
  { value: "mathematics", label: "Mathematics" },
  { value: "hands-on-experiments", label: "Hands-on experiments" },
  { value: "careers", label: "Careers and labour market" },
  { value: "teacher-training", label: "Teacher training" },
  { value: "policy-strategy", label: "Policy and strategy" },
  { value: "industry-partnership", label: "Industry–education partnership" },
  { value: "entrepreneurship", label: "Entrepreneurship" },
  { value: "steam-arts", label: "STEAM and the arts" },
  { value: "science-outreach", label: "Science outreach and informal learning" },
  { value: "research-evidence", label: "Research and evidence" },
] as const);

export const STATUSES = terms([
  { value: "ongoing", label: "Ongoing" },
  { value: "completed", label: "Completed" },
  { value: "planned", label: "Planned" },
] as const);

// UNESCO's Europe region as the alliance works with it: EU members, EEA/EFTA,
// the UK, the Western Balkans, Eastern Partnership countries and Türkiye.
export const COUNTRIES = terms([
  { value: "AL", label: "Albania" },
  { value: "AD", label: "Andorra" },
  { value: "AM", label: "Armenia" },
  { value: "AT", label: "Austria" },
  { value: "AZ", label: "Azerbaijan" },
  { value: "BY", label: "Belarus" },
  { value: "BE", label: "Belgium" },
  { value: "BA", label: "Bosnia and Herzegovina" },
  { value: "BG", label: "Bulgaria" },
  { value: "HR", label: "Croatia" },
  { value: "CY", label: "Cyprus" },
  { value: "CZ", label: "Czechia" },
  { value: "DK", label: "Denmark" },
  { value: "EE", label: "Estonia" },
  { value: "FI", label: "Finland" },
  { value: "FR", label: "France" },
  { value: "GE", label: "Georgia" },
  { value: "DE", label: "Germany" },
  { value: "GR", label: "Greece" },
  { value: "HU", label: "Hungary" },
  { value: "IS", label: "Iceland" },
  { value: "IE", label: "Ireland" },
  { value: "IT", label: "Italy" },
  { value: "LV", label: "Latvia" },
  { value: "LI", label: "Liechtenstein" },
  { value: "LT", label: "Lithuania" },
  { value: "LU", label: "Luxembourg" },
  { value: "MT", label: "Malta" },
  { value: "MD", label: "Moldova" },
  { value: "MC", label: "Monaco" },
  { value: "ME", label: "Montenegro" },
  { value: "NL", label: "Netherlands" },
  { value: "MK", label: "North Macedonia" },
  { value: "NO", label: "Norway" },
  { value: "PL", label: "Poland" },
  { value: "PT", label: "Portugal" },
  { value: "RO", label: "Romania" },
  { value: "SM", label: "San Marino" },
  { value: "RS", label: "Serbia" },
  { value: "SK", label: "Slovakia" },
  { value: "SI", label: "Slovenia" },
  { value: "ES", label: "Spain" },
  { value: "SE", label: "Sweden" },
  { value: "CH", label: "Switzerland" },
  { value: "TR", label: "Türkiye" },
  { value: "UA", label: "Ukraine" },
  { value: "GB", label: "United Kingdom" },
] as const);

// ISO 639-1 languages an entry's material may be written in.
export const LANGUAGES = terms([
  { value: "en", label: "English" },
  { value: "sq", label: "Albanian" },
  { value: "bs", label: "Bosnian" },
  { value: "bg", label: "Bulgarian" },
  { value: "hr", label: "Croatian" },
  { value: "cs", label: "Czech" },
  { value: "da", label: "Danish" },
  { value: "nl", label: "Dutch" },
  { value: "et", label: "Estonian" },
  { value: "fi", label: "Finnish" },
  { value: "fr", label: "French" },
  { value: "ka", label: "Georgian" },
  { value: "de", label: "German" },
  { value: "el", label: "Greek" },
  { value: "hu", label: "Hungarian" },
  { value: "is", label: "Icelandic" },
  { value: "ga", label: "Irish" },
  { value: "it", label: "Italian" },
  { value: "lv", label: "Latvian" },
  { value: "lt", label: "Lithuanian" },
  { value: "mk", label: "Macedonian" },
  { value: "mt", label: "Maltese" },
  { value: "ro", label: "Romanian" },
  { value: "no", label: "Norwegian" },
  { value: "pl", label: "Polish" },
  { value: "pt", label: "Portuguese" },
  { value: "ru", label: "Russian" },
  { value: "sr", label: "Serbian" },
  { value: "sk", label: "Slovak" },
  { value: "sl", label: "Slovenian" },
  { value: "es", label: "Spanish" },
  { value: "sv", label: "Swedish" },
  { value: "tr", label: "Turkish" },
  { value: "uk", label: "Ukrainian" },
] as const);

// Two facets of the search that are not the entry's own description but what
// the alliance knows of it (issue 16), in their natural order, strongest and
// freshest first. Evidence: the moderators' level (lib/evidence/levels.ts), or
// none yet. Freshness: how long ago the entry was last verified, judged at the
// time of the search by the thresholds of lib/verification/freshness.ts.
export const NOT_ASSESSED = "not-assessed";

export const EVIDENCE = terms([
  { value: "impact", label: "Evidence of impact" },
  { value: "evaluated", label: "Evaluated" },
  { value: "described", label: "Described" },
  { value: NOT_ASSESSED, label: "Not yet assessed" },
] as const);

export const FRESHNESS = terms([
  { value: "current", label: `Verified in the last ${REMIND_AFTER_MONTHS} months` },
  { value: "due", label: `Verified ${REMIND_AFTER_MONTHS} to ${FLAG_AFTER_MONTHS} months ago` },
  { value: "stale", label: `Not verified for ${FLAG_AFTER_MONTHS} months or more` },
] as const);

export type Kind = (typeof KINDS)[number]["value"];
export type Level = (typeof LEVELS)[number]["value"];
export type Theme = (typeof THEMES)[number]["value"];
export type Status = (typeof STATUSES)[number]["value"];
export type CountryCode = (typeof COUNTRIES)[number]["value"];
export type LanguageCode = (typeof LANGUAGES)[number]["value"];

export const FACETS = ["country", "level", "theme", "kind", "evidence", "freshness"] as const;
export type Facet = (typeof FACETS)[number];
/** The facets that describe the entry itself, in its own fields (and in the thesaurus). */
export type EntryFacet = Exclude<Facet, TrustFacet>;
/** The facets of what the alliance knows of an entry: its evidence level and how fresh its last verification is. */
export type TrustFacet = "evidence" | "freshness";

export function isTrustFacet(facet: Facet): facet is TrustFacet {
  return facet === "evidence" || facet === "freshness";
}

/** Facets whose values have a natural order (weakest evidence last): their counts are listed in it, not by size. */
export const ORDERED_FACETS: readonly Facet[] = ["evidence", "freshness"];

export const FACET_VOCABULARIES: Record<Facet, readonly VocabularyTerm[]> = {
  country: COUNTRIES,
  level: LEVELS,
  theme: THEMES,
  kind: KINDS,
  evidence: EVIDENCE,
  freshness: FRESHNESS,
};

/** Names of the facets in the JSON API's English messages ("Unknown freshness …", after its parameter). */
export const FACET_LABELS: Record<Facet, string> = {
  country: "Country",
  level: "Education level",
  theme: "Theme",
  kind: "Kind",
  evidence: "Evidence level",
  freshness: "Freshness",
};

export function valuesOf<const T extends readonly VocabularyTerm[]>(list: T): T[number]["value"][] {
  return list.map((t) => t.value);
}

const labelIndex = new Map<string, Map<string, string>>(
  Object.entries(FACET_VOCABULARIES).map(([facet, list]) => [facet, new Map(list.map((t) => [t.value, t.label]))]),
);

export function labelOf(facet: Facet, value: string): string {
  return labelIndex.get(facet)?.get(value) ?? value;
}

export function languageLabel(code: string): string {
  return LANGUAGES.find((l) => l.value === code)?.label ?? code;
}

export function statusLabel(status: string): string {
  return STATUSES.find((s) => s.value === status)?.label ?? status;
}

/** A record with one value per facet, built by `make`. */
export function perFacet<T>(make: (facet: Facet) => T): Record<Facet, T> {
  return {
    country: make("country"),
    level: make("level"),
    theme: make("theme"),
    kind: make("kind"),
    evidence: make("evidence"),
    freshness: make("freshness"),
  };
}
