import type { Locale } from "@/lib/i18n/locales";
import { cachedByLocale } from "./locale";

const listFormat = cachedByLocale((locale) => new Intl.ListFormat(locale, { style: "long", type: "conjunction" }));

/** "Primary, Vocational (VET) and Higher education" */
export function formatList(items: string[], locale?: Locale): string {
  return listFormat(locale).format(items);
}

/** Compares labels as a reader of the language sorts them; for sorts with more than one key. */
export const labelCollator = cachedByLocale((locale) => new Intl.Collator(locale, { sensitivity: "base", numeric: true }));

/** Sorted by a label the way a reader of the language expects ("Österreich" next to "Ostsee" in German, not after "Zypern"). */
export function sortByLabel<T>(items: readonly T[], label: (item: T) => string, locale?: Locale): T[] {
  const collator = labelCollator(locale);
  return [...items].sort((a, b) => collator.compare(label(a), label(b)));
}
