import type { Metadata } from "next";
import { createTranslator } from "next-intl";
import { FACETS } from "@/lib/catalogue/vocabularies";
import { intlLocale, type Locale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";
import { hasFilters } from "@/lib/search/query";
import { facetValueLabel } from "@/lib/search/facet-value-labels";
import { absoluteUrl } from "@/lib/site-url";
import { feedLinks } from "./links";
import { feedTitle, type FeedSearch } from "./title";

// A feed's title and description in an interface language. English keeps the
// phrase feedTitle builds ("programmes in Romania for primary"); the other
// languages name the search by its terms ("Programm · Rumänien · Primarbereich"),
// which reads correctly whatever a language's grammar does to a phrase.

export type FeedTexts = { title: string; description: string };

/** A translator of the feeds namespace, for code that runs outside a page (feeds, the embedded list). */
export async function feedsTranslator(locale: Locale) {
  return createTranslator({ locale, messages: await loadMessages(locale), namespace: "feeds" });
}

const SITE_PREFIX = /^STEM Clearinghouse: /;

/** The search as a list of its terms: values of one facet joined by "or", facets by " · ". */
function searchTerms(search: FeedSearch, locale: Locale, quoted: (q: string) => string): string {
  const or = new Intl.ListFormat(intlLocale(locale), { type: "disjunction" });
  // Kinds first, as the English title starts with them.
  const order = ["kind", ...FACETS.filter((f) => f !== "kind")] as const;
  const parts = order.filter((facet) => search.filters[facet].length > 0).map((facet) => or.format(search.filters[facet].map((v) => facetValueLabel(facet, v, locale))));
  if (search.q) parts.push(quoted(search.q));
  return parts.join(" · ");
}

export async function feedTexts(search: FeedSearch, locale: Locale): Promise<FeedTexts> {
  const t = await feedsTranslator(locale);
  const siteWide = !search.q && !hasFilters(search.filters);
  if (locale === "en") {
    const title = feedTitle(search);
    return { title, description: siteWide ? t("descriptionAll") : t("descriptionSearch", { search: title.replace(SITE_PREFIX, "") }) };
  }
  if (siteWide) return { title: t("titleNewest"), description: t("descriptionAll") };
  const terms = searchTerms(search, locale, (q) => t("quoted", { q }));
  return { title: t("title", { search: terms }), description: t("descriptionSearch", { search: terms }) };
}

/** `alternates.types` for a page in a language: its search's feeds with titles in that language. */
export async function localisedFeedAlternates(query: FeedSearch, locale: Locale): Promise<NonNullable<Metadata["alternates"]>["types"]> {
  const links = feedLinks(query, locale);
  const { title } = await feedTexts(query, locale);
  return {
    "application/rss+xml": [{ url: absoluteUrl(links.rss), title: `${title} (RSS)` }],
    "application/atom+xml": [{ url: absoluteUrl(links.atom), title: `${title} (Atom)` }],
  };
}
