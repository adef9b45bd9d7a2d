import "server-only";
import { Feed, type Category } from "feed";
import { getPublishedEntryDates, lastCatalogueChange } from "@/lib/catalogue/entry-dates";
import { entryPath } from "@/lib/catalogue/paths";
import type { EntryFacet } from "@/lib/catalogue/vocabularies";
import { DEFAULT_LOCALE, localisedPath, type Locale } from "@/lib/i18n/locales";
import { vocabularyLabel } from "@/lib/thesaurus/vocabulary-labels";
import { searchCatalogue, type SearchHit } from "@/lib/search";
import { defaultSearchQuery, hasFilters, searchPath } from "@/lib/search/query";
import { absoluteUrl } from "@/lib/site-url";
import { feedLinks } from "./links";
import { feedTexts } from "./localised";
import { htmlText, xmlText } from "./text";
import type { FeedSearch } from "./title";

export type FeedFormat = "rss" | "atom";

/** Items per feed: the newest entries of the search. */
export const FEED_SIZE = 50;

// Where each facet's values are listed; it names the category scheme.
const TAXONOMY_PATHS: Record<EntryFacet, string> = { kind: "/search", country: "/countries", level: "/levels", theme: "/themes" };

// Category labels come from the fixed vocabularies, never from visitors: the
// library writes them into attributes escaping only "&" and '"'.
function categoriesOf(hit: SearchHit, locale: Locale): Category[] {
  const pairs: [EntryFacet, string][] = [
    ["kind", hit.kind],
    ...hit.countries.map((v): [EntryFacet, string] => ["country", v]),
    ...hit.themes.map((v): [EntryFacet, string] => ["theme", v]),
    ...hit.levels.map((v): [EntryFacet, string] => ["level", v]),
  ];
  return pairs.map(([facet, value]) => {
    const scheme = absoluteUrl(TAXONOMY_PATHS[facet]);
    return { name: vocabularyLabel(facet, value, locale), term: value, domain: scheme, scheme };
  });
}

/** The feed of a search; titles, descriptions, categories and links in `locale` (English: the site's own addresses). */
export async function buildFeed(search: FeedSearch, format: FeedFormat, locale: Locale = DEFAULT_LOCALE): Promise<string> {
  const query = defaultSearchQuery({ q: search.q, filters: search.filters, sort: "newest", pageSize: FEED_SIZE });
  const { hits } = await searchCatalogue(query);
  const dates = await getPublishedEntryDates(hits.map((h) => h.slug));
  const siteWide = !search.q && !hasFilters(search.filters);
  const links = feedLinks(search, locale);
  const texts = await feedTexts(search, locale);
  const title = xmlText(texts.title);
  const page = (path: string) => absoluteUrl(localisedPath(locale, path));
  const updated = hits.reduce<Date | null>((newest, h) => {
    const d = dates.get(h.slug)?.updatedAt;
    return d && (!newest || d > newest) ? d : newest;
  }, null);

  const feed = new Feed({
    id: absoluteUrl(links[format]),
    title,
    description: xmlText(texts.description),
    link: page(siteWide ? "/" : searchPath({ q: search.q, filters: search.filters })),
    language: locale,
    // An empty feed is as old as the catalogue's last change: the same bytes, and ETag, until it changes.
    updated: updated ?? (await lastCatalogueChange()) ?? new Date(0),
    generator: "STEM Clearinghouse",
    feedLinks: { rss: absoluteUrl(links.rss), atom: absoluteUrl(links.atom) },
    author: { name: "STEM Clearinghouse", link: page("/") },
  });

  for (const hit of hits) {
    const stamp = dates.get(hit.slug);
    // Archived since the search index saw it: no longer public.
    if (!stamp) continue;
    // Without id or guid the library uses the link: Atom's id and RSS's permalink guid.
    feed.addItem({
      title: htmlText(hit.title),
      link: page(entryPath(hit.slug)),
      description: htmlText(hit.summary),
      date: stamp.updatedAt,
      published: stamp.publishedAt,
      category: categoriesOf(hit, locale),
    });
  }
  return format === "rss" ? feed.rss2() : feed.atom1();
}
