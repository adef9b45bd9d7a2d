/** Where a person finds a row: the line of a CSV file, the position of a JSON item. */
export function rowLabel(format: string, row: number): string {
  return format === "csv" ? `Line ${row}` : `Item ${row}`;
}
