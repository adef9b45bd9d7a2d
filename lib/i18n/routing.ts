import { defineRouting } from "next-intl/routing";
import { DEFAULT_LOCALE, LOCALES } from "./locales";

// English keeps its addresses without a prefix. No middleware runs: the
// rewrite of unprefixed paths to the [lang] segment is in next.config.ts, and
// a visitor's Accept-Language only ever leads to a suggestion, never a redirect.
export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: "as-needed",
  localeDetection: false,
  alternateLinks: false,
});
