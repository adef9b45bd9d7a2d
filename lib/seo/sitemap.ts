import "server-only";
import type { MetadataRoute } from "next";
import { listPublishedEntryStamps } from "@/lib/catalogue/entry-dates";
import { countryPath, entryPath, levelPath, themePath } from "@/lib/catalogue/paths";
import type { Facet } from "@/lib/catalogue/vocabularies";
import { countFacetValues } from "@/lib/search/browse";
import { DEFAULT_LOCALE, LOCALES, localisedPath } from "@/lib/i18n/locales";
import { absoluteUrl } from "@/lib/site-url";

/** The sitemaps protocol's limit of URLs in one file. */
export const SITEMAP_LIMIT = 50_000;

const FACET_PAGES: [Facet, (value: string) => string][] = [
  ["country", countryPath],
  ["theme", themePath],
  ["level", levelPath],
];

/**
 * Home, search, about (and its evidence rubric), statistics, events, the Alliance's directory, the embed builder and the API's documentation, the page of every country, theme and level that has
 * published entries (an empty one is a page with nothing to find), and every
 * published entry, most recently updated first, within the protocol's limit.
 */
export async function buildSitemap(): Promise<MetadataRoute.Sitemap> {
  const pages: MetadataRoute.Sitemap = ["/", "/search", "/about", "/about/evidence", "/statistics", "/events", "/alliance", "/embed", "/api-docs", "/countries", "/themes", "/levels"].map(page);
  for (const [facet, path] of FACET_PAGES) {
    for (const { value, count } of await countFacetValues(facet)) if (count > 0) pages.push(page(path(value)));
  }
  const entries = await listPublishedEntryStamps(SITEMAP_LIMIT - pages.length);
  return [...pages, ...entries.map((e) => ({ ...page(entryPath(e.slug)), lastModified: e.updatedAt }))];
}

/** A page at its English address, with its address in every language (hreflang) and x-default. */
function page(path: string): MetadataRoute.Sitemap[number] {
  const languages: Record<string, string> = Object.fromEntries(LOCALES.map((locale) => [locale, absoluteUrl(localisedPath(locale, path))]));
  languages["x-default"] = absoluteUrl(localisedPath(DEFAULT_LOCALE, path));
  return { url: absoluteUrl(path), alternates: { languages } };
}
