import type { ImportFormat } from "./limits";

/** Where a person finds a row: the line of a CSV file, the position of a JSON item. */
export function rowLabel(format: string, row: number): string {
  const csv: ImportFormat = "csv";
  return format === csv ? `Line ${row}` : `Item ${row}`;
}
