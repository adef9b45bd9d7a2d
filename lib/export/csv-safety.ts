// Spreadsheets run a cell that starts with one of these as a formula, so a
// catalogue text like "=HYPERLINK(…)" could act when an export is opened.
// OWASP's advice: prefix such cells with an apostrophe, which shows them as text.
const FORMULA_START = /^[=+\-@\t\r]/;

/** The cell's text, made inert as a spreadsheet formula. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
