import "server-only";
import { FACETS } from "@/lib/catalogue/vocabularies";
import type { Locale } from "@/lib/i18n/locales";
import { mailTranslator } from "@/lib/mail/translator";
import { parseSearchParams } from "@/lib/search/query";
import { facetValueLabel } from "@/lib/search/facet-value-labels";

/** The words and filter values of a saved search, in `locale`: “robotics” · Romania · Secondary education. */
export function searchParts(search: string, locale: Locale): string[] {
  const { query } = parseSearchParams(new URLSearchParams(search));
  const values = FACETS.flatMap((facet) => query.filters[facet].map((value) => facetValueLabel(facet, value, locale)));
  return [...(query.q ? [`“${query.q}”`] : []), ...values];
}

/** A saved search in a few words, as an alert's default name. */
export async function describeAlertSearch(search: string, locale: Locale): Promise<string> {
  const parts = searchParts(search, locale);
  if (parts.length > 0) return parts.join(" · ").slice(0, 120);
  return (await mailTranslator(locale))("alerts.everything");
}
