import { formatLanguage } from "@/lib/format/languages";
import { COUNTRIES, KINDS, LANGUAGES, LEVELS, THEMES } from "@/lib/catalogue/vocabularies";
import { sortByLabel } from "@/lib/format/lists";
import type { Locale } from "@/lib/i18n/locales";
import { vocabularyLabel } from "@/lib/thesaurus/vocabulary-labels";

// The editor's choices, labelled in the page's language. English keeps the
// catalogue's own labels and order; other languages sort countries and
// languages as their readers expect, since translated names no longer follow
// the English order.

export type Option = { value: string; label: string };

function sortedUnlessEnglish(options: Option[], locale: Locale): Option[] {
  return locale === "en" ? options : sortByLabel(options, (o) => o.label, locale);
}

export function kindOptions(locale: Locale): Option[] {
  return KINDS.map((k) => ({ value: k.value, label: vocabularyLabel("kind", k.value, locale) }));
}

export function countryOptions(locale: Locale): Option[] {
  return sortedUnlessEnglish(COUNTRIES.map((c) => ({ value: c.value, label: vocabularyLabel("country", c.value, locale) })), locale);
}

export function levelOptions(locale: Locale): Option[] {
  return LEVELS.map((l) => ({ value: l.value, label: vocabularyLabel("level", l.value, locale) }));
}

export function themeOptions(locale: Locale): Option[] {
  return THEMES.map((t) => ({ value: t.value, label: vocabularyLabel("theme", t.value, locale) }));
}

export function languageOptions(locale: Locale): Option[] {
  return sortedUnlessEnglish(LANGUAGES.map((l) => ({ value: l.value, label: formatLanguage(l.value, locale) })), locale);
}
