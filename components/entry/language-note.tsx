import { formatLanguage } from "@/lib/format/languages";
import { getTranslations } from "next-intl/server";
import type { EntryInLanguage } from "@/lib/catalogue/translations";
import { entryPath } from "@/lib/catalogue/paths";
import { isLocale, languageName, localisedPath, type Locale } from "@/lib/i18n/locales";

// Which language an entry is shown in: a note when the reader's language has
// no translation (or when a translation is shown), and links to the entry in
// the other interface languages it can be read in.

export async function LanguageNote({ slug, shown, locale }: { slug: string; shown: EntryInLanguage; locale: Locale }) {
  const t = await getTranslations("entryLanguage");
  // Pages in the other interface languages that show another text: not the
  // reader's own, nor (when no translation is shown) the original shown here.
  const others = shown.available.filter(
    (lang): lang is Locale => isLocale(lang) && lang !== locale && (shown.translated || lang !== shown.lang),
  );
  const note = shown.translated
    ? t("translatedFrom", { original: formatLanguage(shown.available[0] ?? "en", locale, "in-sentence") })
    : shown.lang !== locale
      ? t("notTranslated", { original: formatLanguage(shown.lang, locale, "in-sentence"), reader: formatLanguage(locale, locale, "in-sentence") })
      : null;
  if (note === null && others.length === 0) return null;
  return (
    <div className="mt-2 text-sm text-slate-600">
      {note && <p>{note}</p>}
      {others.length > 0 && (
        <p className="mt-1">
          {t("otherLanguages")}{" "}
          {others.map((lang, i) => (
            <span key={lang}>
              {i > 0 && ", "}
              <a href={localisedPath(lang, entryPath(slug))} hrefLang={lang} lang={lang}>
                {languageName(lang)}
              </a>
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
