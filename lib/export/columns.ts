import type { EntryDescription } from "@/lib/catalogue/entry-organisations";

/** One exported entry: plain values, lists as arrays, dates as ISO strings. */
export type ExportRecord = {
  slug: string;
  url: string;
  kind: string;
  title: string;
  title_lang: string | null;
} & EntryDescription & {
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
  published_at: string;
  updated_at: string;
};

// The columns of a CSV export, in order; JSON items have the same keys.
export const EXPORT_COLUMNS = [
  "slug", "url", "kind", "title", "title_lang", "summary", "countries", "levels", "themes", "languages",
  "organisations", "website", "year_start", "year_end", "status", "participants", "schools", "girls_share",
  "funder", "funding_model", "budget", "sdgs", "published_at", "updated_at",
] as const satisfies readonly (keyof ExportRecord)[];

/** Separates the values of a list in one CSV cell. */
export const LIST_SEPARATOR = "; ";

/** The record as one CSV row, in column order, lists joined. */
export function toCsvRow(record: ExportRecord): (string | number | null)[] {
  return EXPORT_COLUMNS.map((column) => {
    const value = record[column];
    return Array.isArray(value) ? value.join(LIST_SEPARATOR) : value;
  });
}
