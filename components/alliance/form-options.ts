import "server-only";
import { getTranslations } from "next-intl/server";
import { ALLIANCE_TYPES, ROADMAP_PRIORITIES } from "@/lib/alliance/vocabulary";
import { COUNTRIES } from "@/lib/catalogue/vocabularies";
import { sortByLabel } from "@/lib/format/lists";
import type { Locale } from "@/lib/i18n/locales";
import { vocabularyLabel } from "@/lib/thesaurus/vocabulary-labels";

/** The application form's choices with their names in the page's language. */
export async function applicationFormOptions(locale: Locale) {
  const t = await getTranslations("alliance");
  return {
    countries: sortByLabel(COUNTRIES.map((c) => ({ value: c.value, label: vocabularyLabel("country", c.value, locale) })), (c) => c.label, locale),
    types: ALLIANCE_TYPES.map((value) => ({ value, label: t(`types.${value}`) })),
    priorities: ROADMAP_PRIORITIES.map((value) => ({ value, label: t(`priorities.${value}`) })),
  };
}
