import { match } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";
import { isLocale, LOCALES, type Locale } from "./locales";

/**
 * The interface language an Accept-Language header prefers among ours, or
 * null when it names none of them ("de-AT,de;q=0.9" → "de"; "ja" → null).
 * Only ever used to suggest a language: never to redirect.
 */
export function preferredLocale(acceptLanguage: string | null): Locale | null {
  if (!acceptLanguage) return null;
  const requested = new Negotiator({ headers: { "accept-language": acceptLanguage } }).languages().filter((tag) => tag !== "*");
  if (requested.length === 0) return null;
  let found: string;
  try {
    found = match(requested, LOCALES, "none");
  } catch {
    return null; // a malformed tag: no suggestion rather than an error page
  }
  return isLocale(found) ? found : null;
}

/** Which language to suggest on this page: none when the visitor has chosen, or already reads their language. */
export function languageToSuggest(current: Locale, acceptLanguage: string | null, choice: string | undefined): Locale | null {
  if (choice) return null;
  const preferred = preferredLocale(acceptLanguage);
  return preferred && preferred !== current ? preferred : null;
}
