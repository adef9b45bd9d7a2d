/**
 * One exported entry: plain values, lists as arrays, dates as ISO strings.
 * Vocabulary values come twice: as the names people read (`kind`, `countries`,
 * `levels`, `themes`, `languages`) and as the stable codes beside them
 * (`kind_code`, `country_codes`, …), which the import reads back.
 */
export type ExportRecord = {
  slug: string;
  url: string;
  kind: string;
  kind_code: string;
  title: string;
  title_lang: string | null;
  summary: string;
  countries: string[];
  country_codes: string[];
  levels: string[];
  level_codes: string[];
  themes: string[];
  theme_codes: string[];
  languages: string[];
  language_codes: string[];
  organisations: string[];
  website: string | null;
  year_start: number | null;
  year_end: number | null;
  status: string | null;
  participants: number | null;
  schools: number | null;
  girls_share: number | null;
  funder: string | null;
  funding_model: string | null;
  budget: string | null;
  sdgs: number[];
  /** The moderators' evidence level (described, evaluated, impact), empty until assessed. */
  evidence_level: string | null;
  /** Events only (empty for other kinds): times as ISO 8601 with the offset of event_time_zone. */
  event_starts_at: string | null;
  event_ends_at: string | null;
  event_time_zone: string | null;
  event_format: string | null;
  event_venue: string | null;
  event_city: string | null;
  event_registration_url: string | null;
  published_at: string;
  updated_at: string;
};

// The columns of a CSV export, in order; JSON items have the same keys.
export const EXPORT_COLUMNS = [
  "slug", "url", "kind", "kind_code", "title", "title_lang", "summary", "countries", "country_codes", "levels", "level_codes",
  "themes", "theme_codes", "languages", "language_codes", "organisations", "website", "year_start", "year_end", "status",
  "participants", "schools", "girls_share", "funder", "funding_model", "budget", "sdgs", "evidence_level",
  "event_starts_at", "event_ends_at", "event_time_zone", "event_format", "event_venue", "event_city", "event_registration_url", "published_at", "updated_at",
] as const satisfies readonly (keyof ExportRecord)[];

/** The columns holding names, each with the column of codes it stands beside. */
export const LABEL_COLUMNS = {
  kind: "kind_code",
  countries: "country_codes",
  levels: "level_codes",
  themes: "theme_codes",
  languages: "language_codes",
} as const satisfies Partial<Record<keyof ExportRecord, keyof ExportRecord>>;

/** Separates the values of a list in one CSV cell. */
export const LIST_SEPARATOR = "; ";

/** The record as one CSV row, in column order, lists joined. */
export function toCsvRow(record: ExportRecord): (string | number | null)[] {
  return EXPORT_COLUMNS.map((column) => {
    const value = record[column];
    return Array.isArray(value) ? value.join(LIST_SEPARATOR) : value;
  });
}
