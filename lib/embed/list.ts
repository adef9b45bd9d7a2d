import "server-only";
import { entryPath } from "@/lib/catalogue/paths";
import { searchCatalogue } from "@/lib/search";
import { labelCollator } from "@/lib/format/lists";
import { localisedPath } from "@/lib/i18n/locales";
import { searchPath } from "@/lib/search/query";
import { vocabularyLabel } from "@/lib/thesaurus/vocabulary-labels";
import { absoluteUrl } from "@/lib/site-url";
import { localisedEmbedHeading } from "./heading";
import type { EmbedOptions } from "./options";

// The data of one embedded list, with absolute links: the list is shown on
// another site, and every link opens ours, in the list's language.

export type EmbedItem = { title: string; titleLang: string | null; url: string; kind: string; places: string; summary: string };

export type EmbedList = { heading: string; total: number; items: EmbedItem[]; moreUrl: string };

const SUMMARY_LENGTH = 180;

function shorten(text: string): string {
  if (text.length <= SUMMARY_LENGTH) return text;
  const cut = text.slice(0, SUMMARY_LENGTH);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), SUMMARY_LENGTH - 20)).trimEnd()}…`;
}

export async function loadEmbedList(options: EmbedOptions): Promise<EmbedList> {
  const { lang } = options;
  const [{ total, hits }, heading] = await Promise.all([searchCatalogue(options.query), localisedEmbedHeading(options)]);
  const collator = labelCollator(lang);
  const page = (path: string) => absoluteUrl(localisedPath(lang, path));
  return {
    heading,
    total,
    items: hits.map((hit) => ({
      title: hit.title,
      titleLang: hit.titleLang,
      url: page(entryPath(hit.slug)),
      kind: vocabularyLabel("kind", hit.kind, lang),
      places: hit.countries
        .map((c) => vocabularyLabel("country", c, lang))
        .sort(collator.compare)
        .join(", "),
      summary: shorten(hit.summary),
    })),
    moreUrl: page(searchPath({ q: options.query.q, filters: options.query.filters, sort: options.query.sort })),
  };
}
