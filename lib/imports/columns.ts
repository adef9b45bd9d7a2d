import { EXPORT_COLUMNS } from "@/lib/export/columns";

// The columns (CSV) or keys (JSON) an import reads: the site's own export, so
// an export can be imported again, plus the fields of an entry the export
// leaves out. Names are snake_case like the export's.

/** Without these the file cannot be imported at all. */
export const REQUIRED_COLUMNS = ["kind", "title", "summary"] as const;

/** Columns of the export that describe the published copy or the moderators' view of it, not the entry: read past. */
export const IGNORED_COLUMNS = ["slug", "url", "evidence_level", "published_at", "updated_at"] as const;

/** Fields an entry has that the export does not carry. */
const EXTRA_COLUMNS = [
  "description",
  "source_author",
  "impact",
  "reach_text",
  "sources",
  "source_title",
  "source_url",
  "source_note",
] as const;

export const KNOWN_COLUMNS: ReadonlySet<string> = new Set<string>([...EXPORT_COLUMNS, ...EXTRA_COLUMNS]);

/** Cells holding several values, joined with "; " as the export joins them. */
export const LIST_COLUMNS = ["countries", "levels", "themes", "languages", "organisations", "sdgs"] as const;

/** How a content field's errors are reported: the column a person would fix. */
export const FIELD_COLUMNS: Record<string, string> = {
  titleLang: "title_lang",
  sourceAuthor: "source_author",
  yearStart: "year_start",
  yearEnd: "year_end",
  fundingModel: "funding_model",
  links: "organisations",
  "reach.text": "reach_text",
  "reach.participants": "participants",
  "reach.schools": "schools",
  "reach.girlsShare": "girls_share",
};

/** Header names as people type them: "Title " and "TITLE" are "title". */
export function normaliseColumn(name: string): string {
  return name.trim().toLowerCase();
}
