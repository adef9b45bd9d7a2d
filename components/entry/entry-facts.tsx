import { formatLanguage } from "@/lib/format/languages";
import { getLocale, getTranslations } from "next-intl/server";
import { originalTextLang } from "@/lib/catalogue/translations";
import { countryPath, levelPath, themePath } from "@/lib/catalogue/paths";
import type { PublishedEntry } from "@/lib/catalogue/entries";
import { sortByLabel } from "@/lib/format/lists";
import { formatNumber } from "@/lib/format/numbers";
import { localisedPath, toLocale } from "@/lib/i18n/locales";
import { factItemsHtml, type FactDetail, type FactItem } from "@/components/ui/static-html";
import { vocabularyLabel } from "@/lib/thesaurus/vocabulary-labels";
import { periodText } from "./period-text";

export async function EntryFacts({ entry }: { entry: PublishedEntry }) {
  const [t, locale] = await Promise.all([getTranslations("entry.facts"), getLocale()]);
  // The catalogue's free text is English, whatever the page's language.
  const text = originalTextLang(locale);
  const period = periodText(entry, t);
  const { reach } = entry;
  const figures = [
    reach.participants != null && t("participants", { count: reach.participants, number: formatNumber(reach.participants, locale) }),
    reach.schools != null && t("schools", { count: reach.schools, number: formatNumber(reach.schools, locale) }),
    reach.girlsShare != null && t("girls", { share: reach.girlsShare }),
  ].filter((f): f is string => Boolean(f));
  // Countries in the alphabet of the page's language; levels and themes keep the vocabulary's order.
  const countries = sortByLabel(
    entry.countries.map((c) => ({ href: countryPath(c), label: vocabularyLabel("country", c, locale) })),
    (c) => c.label,
    locale,
  );
  const language = toLocale(locale);
  const links = (items: { href: string; label: string }[]): FactDetail => ({ links: items.map((i) => ({ ...i, href: localisedPath(language, i.href) })) });
  const facts: FactItem[] = [];
  const add = (term: string, ...details: FactDetail[]) => {
    if (details.length > 0) facts.push({ term, details });
  };
  if (entry.countries.length > 0) add(t("countries", { count: entry.countries.length }), links(countries));
  if (entry.levels.length > 0) add(t("levels"), links(entry.levels.map((l) => ({ href: levelPath(l), label: vocabularyLabel("level", l, locale) }))));
  if (entry.themes.length > 0) add(t("themes"), links(entry.themes.map((th) => ({ href: themePath(th), label: vocabularyLabel("theme", th, locale) }))));
  if (entry.languages.length > 0) add(t("languages"), { text: entry.languages.map((l) => formatLanguage(l, locale)).join(", ") });
  if (period) add(t("period"), { text: period });
  if (entry.sourceAuthor) add(t("sourceAuthor"), { text: entry.sourceAuthor, lang: text });
  if (entry.funder) add(t("funder"), { text: entry.funder, lang: text });
  if (entry.budget) add(t("budget"), { text: entry.budget, lang: text });
  if (entry.fundingModel) add(t("fundingModel"), { text: entry.fundingModel, lang: text });
  add(t("reach"), ...(figures.length > 0 ? [{ text: figures.join(" · ") }] : []), ...(reach.text ? [{ text: reach.text, lang: text }] : []));
  if (entry.sdgs.length > 0) add(t("sdgs"), { text: entry.sdgs.map((n) => t("sdg", { number: n })).join(", ") });
  if (entry.website) add(t("website"), { text: entry.website.replace(/^https?:\/\//, ""), href: entry.website });
  // One string of HTML (ADR 023): a dozen facts, their links and texts never change in the browser.
  return <dl className="fact-list rounded-lg border border-slate-200 bg-slate-50 p-4" dangerouslySetInnerHTML={{ __html: factItemsHtml(facts) }} />;
}
