import "server-only";
import type { LanguageCode } from "@/lib/catalogue/vocabularies";
import { matchingEntryIds } from "@/lib/search/sql/matching-ids";
import { toByteStream } from "./byte-stream";
import type { ExportRecord } from "./columns";
import { csvChunks } from "./csv";
import { exportFileName } from "./file-name";
import { jsonChunks } from "./json";
import { readExportRecords } from "./records";
import { MAX_EXPORT_ENTRIES, parseExportParams, type ExportFormat } from "./params";

// Exports read PostgreSQL, the source of truth, whichever engine answers the
// search pages; both match the same published entries.

export const EXPORT_BATCH_SIZE = 500;

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
};

export type ExportDownload = { body: ReadableStream<Uint8Array>; contentType: string; filename: string };
export type ExportOutcome =
  | { ok: true; download: ExportDownload }
  | { ok: false; code: "invalid_query" | "export_too_large"; message: string; details?: string[] };

/**
 * The published entries with these ids, in their order, a batch at a time:
 * each batch is read only when the one before has been consumed.
 */
export async function* exportBatches(
  ids: string[],
  batchSize = EXPORT_BATCH_SIZE,
  lang: LanguageCode | null = null,
): AsyncGenerator<ExportRecord[]> {
  for (let start = 0; start < ids.length; start += batchSize) yield await readExportRecords(ids.slice(start, start + batchSize), lang);
}

/** Checks an export's query string and, when it is sound, streams the matching entries. */
export async function exportSearch(
  params: URLSearchParams,
  { now = new Date(), maxEntries = MAX_EXPORT_ENTRIES }: { now?: Date; maxEntries?: number } = {},
): Promise<ExportOutcome> {
  const parsed = parseExportParams(params);
  if (!parsed.ok) return { ok: false, code: "invalid_query", message: parsed.problems.join(" "), details: parsed.problems };
  const { query, format, limit, lang } = parsed.request;
  // One more than allowed tells a too-large export apart without counting it.
  const ids = await matchingEntryIds(query, limit ?? maxEntries + 1, now);
  if (ids.length > maxEntries) {
    const message = `This search matches more than ${maxEntries} entries, the most one export holds. Narrow it with filters or words, or add limit=${maxEntries} to take the first ones.`;
    return { ok: false, code: "export_too_large", message };
  }
  const batches = exportBatches(ids, EXPORT_BATCH_SIZE, lang);
  const chunks = format === "csv" ? csvChunks(batches) : jsonChunks(batches);
  const filename = exportFileName(query, format, now);
  return { ok: true, download: { body: toByteStream(chunks), contentType: CONTENT_TYPES[format], filename } };
}
