import { COUNTRIES, LEVELS } from "@/lib/catalogue/vocabularies";
import type { CatalogueStatistics, StatisticsSelection } from "./types";

// The country × level matrix as a table for a spreadsheet: the rows the page
// shows (the selected countries, then their partners), the country's name
// beside its code, one column per education level.

export type MatrixTable = { header: string[]; rows: (string | number)[][] };

export function matrixTable(selection: StatisticsSelection, stats: Pick<CatalogueStatistics, "countryByLevel" | "matrixCountries">): MatrixTable {
  const withGroups = selection.filters.country.length > 0;
  const { selected, partners } = stats.matrixCountries;
  const rowOf = (code: string, group: string) => [
    COUNTRIES.find((c) => c.value === code)?.label ?? code,
    code,
    ...(withGroups ? [group] : []),
    ...LEVELS.map((l) => stats.countryByLevel[code]?.[l.value] ?? 0),
  ];
  return {
    header: ["country", "country_code", ...(withGroups ? ["row"] : []), ...LEVELS.map((l) => l.label)],
    rows: [...selected.map((code) => rowOf(code, "selected country")), ...partners.map((code) => rowOf(code, "partner country"))],
  };
}
