import { languageLabel } from "@/lib/catalogue/vocabularies";
import type { Locale } from "@/lib/i18n/locales";
import { cachedByLocale } from "./locale";

const displayNames = cachedByLocale((locale) => new Intl.DisplayNames([locale], { type: "language" }));

/**
 * A language named in the page's language ("Englisch" on a German page), from
 * CLDR; English keeps the catalogue's own names. Standing alone (a list item,
 * an option) it starts with a capital; in a sentence it is written as the
 * language writes it there ("Tradus din engleză", "Übersetzt aus dem Englischen").
 */
export function formatLanguage(code: string, locale: Locale, use: "standalone" | "in-sentence" = "standalone"): string {
  if (locale === "en") return languageLabel(code);
  const name = displayNames(locale).of(code) ?? languageLabel(code);
  return use === "in-sentence" ? name : name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}
