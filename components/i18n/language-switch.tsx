"use client";

import { useSearchParams } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { usePathname } from "@/lib/i18n/navigation";
import { localisedPath, type Locale } from "@/lib/i18n/locales";
import { LANGUAGE_CHOICE_COOKIE } from "@/lib/i18n/language-choice";

/**
 * The same page, query and filters in every interface language; choosing one is remembered.
 * The languages' own names come from the server: a browser's Intl may not know them all.
 */
export function LanguageSwitch({ languages }: { languages: { locale: Locale; name: string }[] }) {
  const t = useTranslations("site.language");
  const current = useLocale();
  const path = usePathname();
  const query = useSearchParams();
  const suffix = query.size > 0 ? `?${query.toString()}` : "";
  return (
    <details className="language-switch relative text-sm">
      <summary className="cursor-pointer text-white underline-offset-2 hover:underline">
        <span className="sr-only">{t("switchLabel")}: </span>
        <span lang={current}>{languages.find((l) => l.locale === current)?.name ?? current}</span>
      </summary>
      <ul className="absolute left-0 z-40 mt-2 min-w-44 rounded-md border border-slate-200 bg-white py-1 text-slate-900 shadow-lg">
        {languages.map(({ locale, name }) => (
          <li key={locale}>
            <a
              href={localisedPath(locale, `${path}${suffix}`)}
              hrefLang={locale}
              lang={locale}
              aria-current={locale === current ? "true" : undefined}
              className="block px-4 py-2 text-slate-900 no-underline hover:bg-slate-100 aria-[current]:font-semibold"
              onClick={() => {
                document.cookie = `${LANGUAGE_CHOICE_COOKIE}=${locale}; path=/; max-age=31536000; samesite=lax`;
              }}
            >
              {name}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
