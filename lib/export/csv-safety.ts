// Spreadsheets run a cell that starts with one of these as a formula, so a
// catalogue text like "=HYPERLINK(…)" could act when an export is opened.
// OWASP's advice: prefix such cells with an apostrophe, which shows them as text.
// A spreadsheet set to another list separator (";" in much of Europe, or a
// tab) splits a cell at it whatever the quoting, so each place after one of
// those counts as a cell start too.
const SEPARATORS = new Set([",", ";", "\t"]);

// Also matches text that already starts with apostrophes before a formula
// character, which gets one more: the import then takes exactly one away,
// and "'=x" written by a person survives the round trip.
const NEEDS_APOSTROPHE = /'*[=+\-@\t\r]/y;
const NEUTRALISED = /''*[=+\-@\t\r]/y;

function cellStarts(value: string): number[] {
  const starts = [0];
  for (let i = 0; i < value.length; i++) if (SEPARATORS.has(value[i] ?? "")) starts.push(i + 1);
  return starts;
}

function matchesAt(pattern: RegExp, value: string, index: number): boolean {
  pattern.lastIndex = index;
  return pattern.test(value);
}

/** The cell's text, made inert as a spreadsheet formula wherever a spreadsheet may start a cell. */
export function neutraliseFormula(value: string): string {
  let result = "";
  let copied = 0;
  for (const start of cellStarts(value)) {
    if (!matchesAt(NEEDS_APOSTROPHE, value, start)) continue;
    result += `${value.slice(copied, start)}'`;
    copied = start;
  }
  return result + value.slice(copied);
}

/** Undoes neutraliseFormula exactly, so an exported text comes back as it was. */
export function restoreFormula(cell: string): string {
  let result = "";
  let copied = 0;
  for (const start of cellStarts(cell)) {
    if (!matchesAt(NEUTRALISED, cell, start)) continue;
    result += cell.slice(copied, start);
    copied = start + 1;
  }
  return result + cell.slice(copied);
}
