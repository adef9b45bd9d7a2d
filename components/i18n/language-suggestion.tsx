"use client";

import { useSearchParams } from "next/navigation";
import { useState } from "react";
import { usePathname } from "@/lib/i18n/navigation";
import { LANGUAGE_CHOICE_COOKIE } from "@/lib/i18n/language-choice";
import { localisedPath, type Locale } from "@/lib/i18n/locales";

export type SuggestionTexts = { suggestion: string; link: string; dismiss: string };

function remember(locale: string) {
  document.cookie = `${LANGUAGE_CHOICE_COOKIE}=${locale}; path=/; max-age=31536000; samesite=lax`;
}

/**
 * Offers the language the browser prefers, written in that language; never
 * redirects, so shared links and crawlers get the page they asked for.
 */
export function LanguageSuggestion({ current, suggested, texts }: { current: Locale; suggested: Locale; texts: SuggestionTexts }) {
  const [open, setOpen] = useState(true);
  const path = usePathname();
  const query = useSearchParams();
  if (!open) return null;
  const href = localisedPath(suggested, query.size > 0 ? `${path}?${query.toString()}` : path);
  return (
    <aside lang={suggested} aria-label={texts.suggestion} className="border-b border-amber-200 bg-amber-50 text-slate-900">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2 text-sm">
        <p>{texts.suggestion}</p>
        <a href={href} hrefLang={suggested} className="font-semibold" onClick={() => remember(suggested)}>
          {texts.link}
        </a>
        <button
          type="button"
          className="ml-auto rounded border border-slate-400 bg-white px-3 py-1 hover:bg-slate-100"
          onClick={() => {
            remember(current);
            setOpen(false);
          }}
        >
          {texts.dismiss}
        </button>
      </div>
    </aside>
  );
}
