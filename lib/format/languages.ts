import { languageLabel } from "@/lib/catalogue/vocabularies";
import type { Locale } from "@/lib/i18n/locales";
import { cachedByLocale } from "./locale";

const displayNames = cachedByLocale((locale) => new Intl.DisplayNames([locale], { type: "language" }));

/**
 * A language named in the page's language ("Englisch" on a German page), from
 * CLDR, capitalised as a list item; English keeps the catalogue's own names.
 */
export function formatLanguage(code: string, locale: Locale): string {
  if (locale === "en") return languageLabel(code);
  const name = displayNames(locale).of(code) ?? languageLabel(code);
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}
