import "server-only";
import { entryPath } from "@/lib/catalogue/paths";
import { labelOf } from "@/lib/catalogue/vocabularies";
import { searchCatalogue } from "@/lib/search";
import { searchPath } from "@/lib/search/query";
import { absoluteUrl } from "@/lib/site-url";
import { embedHeading, type EmbedOptions } from "./options";

// The data of one embedded list, with absolute links: the list is shown on
// another site, and every link opens ours.

export type EmbedItem = { title: string; titleLang: string | null; url: string; kind: string; places: string; summary: string };

export type EmbedList = { heading: string; total: number; items: EmbedItem[]; moreUrl: string };

const SUMMARY_LENGTH = 180;

function shorten(text: string): string {
  if (text.length <= SUMMARY_LENGTH) return text;
  const cut = text.slice(0, SUMMARY_LENGTH);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), SUMMARY_LENGTH - 20)).trimEnd()}…`;
}

export async function loadEmbedList(options: EmbedOptions): Promise<EmbedList> {
  const { total, hits } = await searchCatalogue(options.query);
  return {
    heading: embedHeading(options),
    total,
    items: hits.map((hit) => ({
      title: hit.title,
      titleLang: hit.titleLang,
      url: absoluteUrl(entryPath(hit.slug)),
      kind: labelOf("kind", hit.kind),
      places: hit.countries.map((c) => labelOf("country", c)).join(", "),
      summary: shorten(hit.summary),
    })),
    moreUrl: absoluteUrl(searchPath({ q: options.query.q, filters: options.query.filters, sort: options.query.sort })),
  };
}
