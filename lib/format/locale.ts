// The one place that says which language dates and numbers are written in.
// The translation work passes its locale to the formatters; until then every
// caller gets British English, as the site has always shown.
export const DEFAULT_LOCALE = "en-GB";

/** Builds an Intl formatter once per locale: constructing them is the costly part. */
export function cachedByLocale<F>(make: (locale: string) => F): (locale?: string) => F {
  const made = new Map<string, F>();
  return (locale = DEFAULT_LOCALE) => {
    let formatter = made.get(locale);
    if (!formatter) {
      formatter = make(locale);
      made.set(locale, formatter);
    }
    return formatter;
  };
}
