// The interface languages. English lives at today's addresses; every other
// language under /{lang}/…. Adding a language is one catalogue file in
// messages/ and one code here (see the README).

export const LOCALES = ["en", "de", "fr", "nl", "ro", "mk", "es", "it"] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = "en";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** A language the site has as itself; anything else (missing, unknown, no longer offered) as the default. */
export function toLocale(value: unknown): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/**
 * The locale Intl formats dates, numbers and lists in: English is British
 * English, as the site has always written it.
 */
export function intlLocale(locale: Locale): string {
  return locale === "en" ? "en-GB" : locale;
}

/** A path of the site in a language: "/search?q=x" → "/de/search?q=x"; English keeps the path as it is. */
export function localisedPath(locale: Locale, path: string): string {
  if (locale === DEFAULT_LOCALE) return path;
  if (path === "/") return `/${locale}`;
  if (path.startsWith("/?") || path.startsWith("/#")) return `/${locale}${path.slice(1)}`;
  return `/${locale}${path}`;
}

/** Splits "/de/search" into its language and the path every language shares ("/search"). */
export function splitLocalePath(pathname: string): { locale: Locale; path: string } {
  const match = /^\/([a-z]{2})(?=\/|$)(.*)$/.exec(pathname);
  if (match && isLocale(match[1]) && match[1] !== DEFAULT_LOCALE) return { locale: match[1], path: match[2] || "/" };
  return { locale: DEFAULT_LOCALE, path: pathname };
}

const endonyms = new Map<Locale, string>();

/** A language's name in itself ("Deutsch", "Română", "Македонски"), for the language switch. */
export function languageName(locale: Locale): string {
  let name = endonyms.get(locale);
  if (!name) {
    const raw = new Intl.DisplayNames([locale], { type: "language" }).of(locale) ?? locale;
    name = raw.charAt(0).toLocaleUpperCase(locale) + raw.slice(1);
    endonyms.set(locale, name);
  }
  return name;
}
