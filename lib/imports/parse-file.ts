import { parse } from "csv-parse/sync";
import { z } from "zod";
import { restoreFormula } from "@/lib/export/csv-safety";
import { withoutNul, withoutNulDeep } from "@/lib/forms/input-text";
import { normaliseColumn } from "./columns";
import { MAX_FILE_BYTES, MAX_ROWS, type ImportFormat } from "./limits";

// A file as records: CSV through csv-parse (RFC 4180: quoted cells with
// separators and line breaks), JSON as the export writes it. Pure, so the
// unit tests read files exactly as the server does.

/** One record, numbered as a person finds it in the file: the CSV line it starts on, or the JSON item's position. */
export type RawRecord = { row: number; values: Record<string, unknown> };
export type ParsedFile =
  | { ok: true; format: ImportFormat; columns: string[]; records: RawRecord[] }
  | { ok: false; message: string };

const MEGABYTE = 1024 * 1024;

function failed(message: string): ParsedFile {
  return { ok: false, message };
}

/** The format from the name, or else from the first character. */
export function formatOf(fileName: string, text: string): ImportFormat {
  const name = fileName.toLowerCase();
  if (name.endsWith(".json")) return "json";
  if (name.endsWith(".csv")) return "csv";
  return /^\s*[[{]/.test(text) ? "json" : "csv";
}

const csvRecordSchema = z.object({
  record: z.record(z.string(), z.string()),
  info: z.object({ lines: z.number().int() }),
});

function count(values: Record<string, string>, pattern: RegExp): number {
  return Object.values(values).reduce((sum, value) => sum + (value.match(pattern)?.length ?? 0), 0);
}

function parseCsv(text: string): ParsedFile {
  let header: string[] = [];
  let raw: unknown[];
  try {
    raw = parse(text, {
      bom: true,
      columns: (names: string[]) => {
        header = names.map(normaliseColumn);
        return header;
      },
      relax_column_count: false,
      skip_empty_lines: true,
      info: true,
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : "it is not valid CSV";
    return failed(`The file could not be read as CSV: ${reason}. Check that every quoted cell is closed and every line has as many cells as the header.`);
  }
  const repeated = header.filter((name, i) => name !== "" && header.indexOf(name) !== i);
  if (repeated.length > 0) return failed(`The header names these columns more than once: ${[...new Set(repeated)].join(", ")}. Keep one of each.`);
  const records: RawRecord[] = [];
  // csv-parse gives the line a record ends on, but counts a CRLF inside a quoted cell as two lines.
  let overcounted = 0;
  for (const item of raw) {
    const parsed = csvRecordSchema.safeParse(item);
    if (!parsed.success) return failed("The file could not be read as CSV.");
    const { record, info } = parsed.data;
    overcounted += count(record, /\r\n/g);
    const breaks = count(record, /\r\n|\r|\n/g);
    const values = Object.fromEntries(Object.entries(record).map(([key, cell]) => [key, restoreFormula(withoutNul(cell))]));
    records.push({ row: info.lines - overcounted - breaks, values });
  }
  return { ok: true, format: "csv", columns: header.filter((name) => name !== ""), records };
}

const jsonItemsSchema = z.union([z.array(z.unknown()), z.object({ entries: z.array(z.unknown()) }).transform((file) => file.entries)]);
const jsonItemSchema = z.record(z.string(), z.unknown());

function parseJson(text: string): ParsedFile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : "";
    return failed(`The file is not valid JSON${reason ? ` (${reason})` : ""}.`);
  }
  const items = jsonItemsSchema.safeParse(value);
  if (!items.success) return failed("The JSON file must hold a list of entries: [ {…}, {…} ], as the export writes it, or { \"entries\": [ … ] }.");
  const records: RawRecord[] = [];
  const columns = new Set<string>();
  for (const [index, item] of items.data.entries()) {
    const object = jsonItemSchema.safeParse(item);
    if (!object.success) return failed(`Item ${index + 1} of the JSON list is not an object with named fields.`);
    const values = Object.fromEntries(Object.entries(object.data).map(([key, v]) => [normaliseColumn(key), withoutNulDeep(v)]));
    for (const key of Object.keys(values)) columns.add(key);
    records.push({ row: index + 1, values });
  }
  return { ok: true, format: "json", columns: [...columns], records };
}

/** Reads an uploaded file: its size, encoding and syntax; one clear message when it cannot be read. */
export function parseImportFile(fileName: string, bytes: Uint8Array): ParsedFile {
  if (bytes.byteLength === 0) return failed("The file is empty.");
  if (bytes.byteLength > MAX_FILE_BYTES) return failed(`The file is larger than ${MAX_FILE_BYTES / MEGABYTE} MB. Split it into smaller files.`);
  let text: string;
  try {
    // UTF-8 only: anything else would come through with its accents garbled.
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return failed("The file is not UTF-8 text. Save it as “CSV UTF-8” (or JSON in UTF-8) and upload it again.");
  }
  if (text.trim() === "") return failed("The file is empty.");
  const parsed = formatOf(fileName, text) === "json" ? parseJson(text) : parseCsv(text);
  if (!parsed.ok) return parsed;
  if (parsed.records.length === 0) return failed("The file has no entries, only a header or nothing at all.");
  if (parsed.records.length > MAX_ROWS) return failed(`The file has ${parsed.records.length} entries; one import takes at most ${MAX_ROWS}. Split it into smaller files.`);
  return parsed;
}
