import { labelOf, languageLabel, statusLabel, type LanguageCode } from "@/lib/catalogue/vocabularies";
import { languageSchema } from "@/lib/catalogue/schema";
import { EVENT_FORMAT_LABELS } from "@/lib/events/formats";
import { fieldNameSchema, type FieldName, type ProposalDraft } from "./schema";

// How each field of an entry is named and shown to people: the editor's
// labels, the review diff and field comments all read from here.

export const FIELD_LABELS: Record<FieldName, string> = {
  kind: "Kind",
  title: "Title",
  titleLang: "Language of the title",
  summary: "Summary",
  description: "Description",
  countries: "Countries",
  levels: "Education levels",
  themes: "Themes",
  languages: "Languages",
  links: "Related entries",
  sourceAuthor: "Author or publisher",
  website: "Website",
  yearStart: "Start year",
  yearEnd: "End year",
  status: "Status",
  impact: "Impact",
  reach: "Reach",
  budget: "Budget",
  fundingModel: "Funding model",
  funder: "Funder",
  sdgs: "Sustainable Development Goals",
  sources: "Sources",
  translations: "Translations",
  startsAt: "Starts",
  endsAt: "Ends",
  timeZone: "Time zone",
  eventFormat: "Format",
  venue: "Venue",
  city: "City",
  registrationUrl: "Registration link",
};

/** A field's label; a name the form no longer has (an old review's comment) shows as it is. */
export function fieldLabel(field: string): string {
  const parsed = fieldNameSchema.safeParse(field);
  return parsed.success ? FIELD_LABELS[parsed.data] : field;
}

export const FIELD_ORDER = Object.keys(FIELD_LABELS).filter((f): f is FieldName => f in FIELD_LABELS);

/** A field's value as plain text lines, for diffs and summaries. */
export function displayField(content: Partial<ProposalDraft> | null, field: FieldName): string[] {
  if (!content) return [];
  switch (field) {
    case "kind":
      return content.kind ? [labelOf("kind", content.kind)] : [];
    case "countries":
      return (content.countries ?? []).map((v) => labelOf("country", v));
    case "levels":
      return (content.levels ?? []).map((v) => labelOf("level", v));
    case "themes":
      return (content.themes ?? []).map((v) => labelOf("theme", v));
    case "languages":
      return (content.languages ?? []).map(languageLabel);
    case "titleLang":
      return content.titleLang ? [languageLabel(content.titleLang)] : [];
    case "status":
      return content.status ? [statusLabel(content.status)] : [];
    case "eventFormat":
      return content.eventFormat ? [EVENT_FORMAT_LABELS[content.eventFormat]] : [];
    case "links":
      return (content.links ?? []).map((l) => `${l.role}: ${l.slug}`);
    case "sdgs":
      return (content.sdgs ?? []).map((n) => `SDG ${n}`);
    case "sources":
      return (content.sources ?? []).map((s) => [s.title, s.url, s.note].filter(Boolean).join(" — "));
    case "translations":
      return translationLanguages(content).flatMap((lang) => [`${languageLabel(lang)}:`, ...translationLines(content, lang)]);
    case "reach": {
      const r = content.reach;
      if (!r) return [];
      return [
        r.text,
        r.participants === undefined ? undefined : `Participants: ${r.participants}`,
        r.schools === undefined ? undefined : `Schools: ${r.schools}`,
        r.girlsShare === undefined ? undefined : `Girls: ${r.girlsShare}%`,
      ].filter((line): line is string => line !== undefined && line !== "");
    }
    default: {
      const value = content[field];
      return value === undefined || value === null || value === "" ? [] : [String(value)];
    }
  }
}

function isLanguageCode(value: string): value is LanguageCode {
  return languageSchema.safeParse(value).success;
}

/** The languages an entry is translated into, in a stable order. */
function translationLanguages(content: Partial<ProposalDraft> | null): LanguageCode[] {
  return Object.keys(content?.translations ?? {}).filter(isLanguageCode).sort();
}

/** One translation's texts, one line each (the description may be long: it is one line of the diff). */
function translationLines(content: Partial<ProposalDraft> | null, lang: LanguageCode): string[] {
  const t = content?.translations?.[lang];
  return t ? [t.title, t.summary, ...(t.description ? [t.description] : [])] : [];
}

/**
 * A row of a diff. `key` tells rows of one field apart: translations get a row
 * per language ("translations.de"), so a reviewer sees which language changed.
 */
export type FieldChange = { field: FieldName; key: string; label: string; before: string[]; after: string[]; changed: boolean };

/** Fields whose values are a set: their order carries no meaning, so reordering them is no change. */
const SET_FIELDS: ReadonlySet<FieldName> = new Set<FieldName>(["countries", "levels", "themes", "languages", "links", "sdgs"]);

/** Text as a reader sees it: browsers send textareas with CRLF, and trailing spaces are invisible. */
export function normaliseText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")
    .trim();
}

function comparable(field: FieldName, lines: string[]): string[] {
  const tidy = lines.map(normaliseText).filter((line) => line !== "");
  return SET_FIELDS.has(field) ? [...new Set(tidy)].sort() : tidy;
}

/** Whether a field's two values differ in anything a reader would notice. */
export function fieldChanged(field: FieldName, before: string[], after: string[]): boolean {
  const was = comparable(field, before);
  const now = comparable(field, after);
  return was.length !== now.length || was.some((line, i) => line !== now[i]);
}

/** Field-by-field comparison; `before` is null for a new entry. */
export function diffContent(before: Partial<ProposalDraft> | null, after: Partial<ProposalDraft>): FieldChange[] {
  return FIELD_ORDER.flatMap((field): FieldChange[] => {
    if (field === "translations") return translationChanges(before, after);
    const was = displayField(before, field);
    const now = displayField(after, field);
    return [{ field, key: field, label: FIELD_LABELS[field], before: was, after: now, changed: fieldChanged(field, was, now) }];
  });
}

/** One row per language on either side; a single empty row when neither side has any. */
function translationChanges(before: Partial<ProposalDraft> | null, after: Partial<ProposalDraft>): FieldChange[] {
  const langs = [...new Set([...translationLanguages(before), ...translationLanguages(after)])].sort();
  if (langs.length === 0) {
    return [{ field: "translations", key: "translations", label: FIELD_LABELS.translations, before: [], after: [], changed: false }];
  }
  return langs.map((lang) => {
    const was = translationLines(before, lang);
    const now = translationLines(after, lang);
    return {
      field: "translations",
      key: `translations.${lang}`,
      label: `Translation: ${languageLabel(lang)}`,
      before: was,
      after: now,
      changed: fieldChanged("translations", was, now),
    };
  });
}
