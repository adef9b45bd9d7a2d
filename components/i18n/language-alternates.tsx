"use client";

import { usePathname } from "@/lib/i18n/navigation";
import { DEFAULT_LOCALE, LOCALES, localisedPath } from "@/lib/i18n/locales";

/**
 * hreflang alternates of this page in every language, and x-default (the
 * English address). React places these <link>s in the document's head.
 */
export function LanguageAlternates({ origin }: { origin: string }) {
  const path = usePathname();
  return (
    <>
      {LOCALES.map((locale) => (
        <link key={locale} rel="alternate" hrefLang={locale} href={`${origin}${localisedPath(locale, path)}`} />
      ))}
      <link rel="alternate" hrefLang="x-default" href={`${origin}${localisedPath(DEFAULT_LOCALE, path)}`} />
    </>
  );
}
