import { COUNTRIES } from "@/lib/catalogue/vocabularies";
import { formatNumber } from "@/lib/format/numbers";

export type CountryCount = { code: string; label: string; count: number };

/** Every catalogue country with its count (zero when absent), most entries first. */
export function countryCounts(counts: { value: string; count: number }[]): CountryCount[] {
  const byCode = new Map(counts.map((c) => [c.value, c.count]));
  return COUNTRIES.map((c) => ({ code: c.value, label: c.label, count: byCode.get(c.value) ?? 0 })).sort(
    (a, b) => b.count - a.count || a.label.localeCompare(b.label),
  );
}

/** How the map and the table name a country's figure: "Romania: 12 entries". */
export function entriesText(country: CountryCount): string {
  return `${country.label}: ${entryCount(country.count)}`;
}

export function entryCount(count: number): string {
  return count === 0 ? "no entries" : `${formatNumber(count)} ${count === 1 ? "entry" : "entries"}`;
}
