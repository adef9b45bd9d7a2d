import { DEFAULT_LOCALE, intlLocale, type Locale } from "@/lib/i18n/locales";

// Formatters take the interface language (Locale); Intl gets its own tag for
// it (English is British English, as the site has always written it).

/** Builds an Intl formatter once per language: constructing them is the costly part. */
export function cachedByLocale<F>(make: (locale: string) => F): (locale?: Locale) => F {
  const made = new Map<Locale, F>();
  return (locale = DEFAULT_LOCALE) => {
    let formatter = made.get(locale);
    if (!formatter) {
      formatter = make(intlLocale(locale));
      made.set(locale, formatter);
    }
    return formatter;
  };
}
