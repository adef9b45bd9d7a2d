import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { lang as rootLang } from "next/root-params";
import { loadMessages } from "./messages";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "./locales";

// The language of a request is the [lang] segment of its page (English for
// the rewritten unprefixed paths). Server actions have no route params: for
// them proxy.ts sets next-intl's locale header from the page's path. The
// segment wins over the header, so a header sent with a page view changes nothing.
async function segmentLocale(): Promise<string | undefined> {
  try {
    return await rootLang();
  } catch {
    return undefined;
  }
}

export default getRequestConfig(async ({ locale: explicit, requestLocale }) => {
  const requested = explicit ?? (await segmentLocale()) ?? (await requestLocale);
  const locale: Locale = hasLocale(LOCALES, requested) ? requested : DEFAULT_LOCALE;
  return { locale, messages: await loadMessages(locale), timeZone: "UTC" };
});
