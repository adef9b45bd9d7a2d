import "server-only";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { stringify, type Options } from "csv-stringify";
import { stringify as stringifySync } from "csv-stringify/sync";
import { EXPORT_COLUMNS, toCsvRow, type ExportRecord } from "./columns";
import { neutraliseFormula } from "./csv-safety";

/** How every CSV of the site is written: see csvChunks. */
const CSV_OPTIONS: Options = {
  record_delimiter: "\r\n",
  // A lone \n or \r inside a cell must be quoted too, whatever the record delimiter.
  quote_record_delimiter: true,
  quoted: true,
  quoted_empty: true,
  encoding: "utf8",
  cast: { string: neutraliseFormula },
};

/** A small table (a header row, then rows) as one CSV text, written as the exports are. */
export function csvText(header: string[], rows: (string | number | null)[][]): string {
  return BYTE_ORDER_MARK + stringifySync([header, ...rows], CSV_OPTIONS);
}

async function* rowsOf(batches: AsyncIterable<ExportRecord[]>) {
  for await (const batch of batches) for (const record of batch) yield toCsvRow(record);
}

/** A UTF-8 byte-order mark: Excel on Windows reads the file as UTF-8 only with one, so "Türkiye" is not shown garbled. */
export const BYTE_ORDER_MARK = "\uFEFF";

/**
 * The records as CSV text, chunk by chunk: a byte-order mark, a header row, then one row per
 * record, every cell quoted by csv-stringify (RFC 4180), so a reader whose
 * list separator is ";" still finds each cell's bounds. The stringifier pulls rows only
 * as fast as its output is read, so batches are fetched as the download goes.
 */
export async function* csvChunks(batches: AsyncIterable<ExportRecord[]>): AsyncGenerator<string> {
  const stringifier = stringify({ ...CSV_OPTIONS, header: true, columns: [...EXPORT_COLUMNS] });
  // pipeline destroys the stringifier when the rows fail, which ends the loop below with the error.
  const piping = pipeline(Readable.from(rowsOf(batches)), stringifier);
  piping.catch(() => {});
  const output: AsyncIterable<unknown> = stringifier;
  try {
    yield BYTE_ORDER_MARK;
    for await (const chunk of output) yield typeof chunk === "string" ? chunk : String(chunk);
    await piping;
  } finally {
    // A download given up midway: stop reading rows (pipeline ends the source too).
    stringifier.destroy();
  }
}
