import { COUNTRIES } from "@/lib/catalogue/vocabularies";
import { labelCollator } from "@/lib/format/lists";
import type { Locale } from "@/lib/i18n/locales";
import { vocabularyLabel } from "@/lib/thesaurus/vocabulary-labels";

export type CountryCount = { code: string; label: string; count: number };

/** Every catalogue country with its count (zero when absent), most entries first, then in the language's alphabet. */
export function countryCounts(counts: { value: string; count: number }[], locale: Locale = "en"): CountryCount[] {
  const byCode = new Map(counts.map((c) => [c.value, c.count]));
  const collator = labelCollator(locale);
  return COUNTRIES.map((c) => ({ code: c.value, label: vocabularyLabel("country", c.value, locale), count: byCode.get(c.value) ?? 0 })).sort(
    (a, b) => b.count - a.count || collator.compare(a.label, b.label),
  );
}
