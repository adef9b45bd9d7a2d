import { z } from "zod";
import { parseSearchParams, searchQueryString } from "@/lib/search/query";
import type { SearchQuery } from "@/lib/search";
import { readContentLanguage } from "@/lib/api/content-language";
import type { LanguageCode } from "@/lib/catalogue/vocabularies";

// The query string of an export: a search's own parameters (paging aside,
// which an export ignores) plus the format and an optional limit.

export const EXPORT_FORMATS = ["csv", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The most entries one export may hold. */
export const MAX_EXPORT_ENTRIES = 100_000;

/** `lang`: the language to write titles and summaries in where an entry has a translation into it (null: the originals). */
export type ExportRequest = { query: SearchQuery; format: ExportFormat; limit: number | undefined; lang: LanguageCode | null };
export type ParsedExport = { ok: true; request: ExportRequest } | { ok: false; problems: string[] };

const formatSchema = z.enum(EXPORT_FORMATS);
const limitSchema = z
  .string()
  .trim()
  .regex(/^\d{1,9}$/)
  .transform(Number)
  .pipe(z.number().int().min(1).max(MAX_EXPORT_ENTRIES));

export function parseExportParams(params: URLSearchParams): ParsedExport {
  const { query, problems } = parseSearchParams(params);
  const rawFormat = params.get("format") ?? "csv";
  const format = formatSchema.safeParse(rawFormat.trim().toLowerCase());
  if (!format.success) problems.push(`Unknown export format “${rawFormat.slice(0, 20)}”: use csv or json.`);
  const rawLimit = params.get("limit");
  const limit = rawLimit === null || rawLimit.trim() === "" ? undefined : limitSchema.safeParse(rawLimit);
  if (limit && !limit.success) problems.push(`limit must be a whole number between 1 and ${MAX_EXPORT_ENTRIES}.`);
  const language = readContentLanguage(params);
  if (!language.ok) problems.push(language.message);
  if (problems.length > 0 || !format.success || !language.ok) return { ok: false, problems };
  return { ok: true, request: { query, format: format.data, limit: limit?.success ? limit.data : undefined, lang: language.lang } };
}

/** The export URL of a search: its words, filters and sort, never its page. */
export function exportPath(query: SearchQuery, format: ExportFormat, total?: number): string {
  const params = new URLSearchParams(searchQueryString({ ...query, page: 1 }));
  params.set("format", format);
  // A search larger than one export can hold gets its first entries rather than a refusal.
  if (total !== undefined && total > MAX_EXPORT_ENTRIES) params.set("limit", String(MAX_EXPORT_ENTRIES));
  return `/api/v1/export?${params}`;
}
