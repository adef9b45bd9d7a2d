import "server-only";
import { createTranslator } from "use-intl/core";
import { isTrustFacet, type Facet, type TrustFacet } from "@/lib/catalogue/vocabularies";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import de from "@/lib/i18n/messages/de.json";
import en from "@/lib/i18n/messages/en.json";
import es from "@/lib/i18n/messages/es.json";
import fr from "@/lib/i18n/messages/fr.json";
import it from "@/lib/i18n/messages/it.json";
import mk from "@/lib/i18n/messages/mk.json";
import nl from "@/lib/i18n/messages/nl.json";
import ro from "@/lib/i18n/messages/ro.json";
import type { ThesaurusLanguage } from "@/lib/thesaurus/languages";
import { vocabularyLabel } from "@/lib/thesaurus/vocabulary-labels";
import { FLAG_AFTER_MONTHS, REMIND_AFTER_MONTHS } from "@/lib/verification/freshness";

// The label of any search facet's value in a language. The entry's own
// vocabularies come from the thesaurus and CLDR (vocabularyLabel); evidence
// levels and freshness are interface text, in the message catalogues (the
// level names are the rubric's own). Languages the interface does not have
// yet (the API's `lang` takes the thesaurus's 14) read them in English.
// Server-only: it holds every catalogue, which no browser should download.

const CATALOGUES: Record<Locale, Messages> = { en, de, fr, nl, ro, mk, es, it };

const translators = new Map<Locale, ReturnType<typeof translatorOf>>();

function translatorOf(locale: Locale) {
  return createTranslator({ locale, messages: CATALOGUES[locale] });
}

function translator(lang: ThesaurusLanguage) {
  const locale: Locale = isLocale(lang) ? lang : "en";
  let found = translators.get(locale);
  if (!found) {
    found = translatorOf(locale);
    translators.set(locale, found);
  }
  return found;
}

function trustLabel(facet: TrustFacet, value: string, lang: ThesaurusLanguage): string {
  const t = translator(lang);
  if (facet === "evidence") {
    switch (value) {
      case "impact":
      case "evaluated":
      case "described":
        return t(`evidence.levels.${value}.name`);
      case "not-assessed":
        return t("evidence.badge.notAssessed");
    }
    return value;
  }
  switch (value) {
    case "current":
      return t("vocabulary.freshness.current", { months: REMIND_AFTER_MONTHS });
    case "due":
      return t("vocabulary.freshness.due", { from: REMIND_AFTER_MONTHS, to: FLAG_AFTER_MONTHS });
    case "stale":
      return t("vocabulary.freshness.stale", { months: FLAG_AFTER_MONTHS });
  }
  return value;
}

/** A facet value's label in `lang`; unknown values pass through. */
export function facetValueLabel(facet: Facet, value: string, lang: ThesaurusLanguage): string {
  return isTrustFacet(facet) ? trustLabel(facet, value, lang) : vocabularyLabel(facet, value, lang);
}
