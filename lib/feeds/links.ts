import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { searchQueryString } from "@/lib/search/query";
import type { FeedSearch } from "./title";

// Where the feeds of a search live. A feed takes the search's own query
// string minus sort and page: it is always the newest entries first. A feed in
// another interface language adds lang=xx (English feeds keep their addresses).

export type FeedLinks = { rss: string; atom: string };

export function feedLinks(query: FeedSearch, locale: Locale = DEFAULT_LOCALE): FeedLinks {
  const search = searchQueryString({ q: query.q, filters: query.filters });
  const qs = locale === DEFAULT_LOCALE ? search : `${search ? `${search}&` : "?"}lang=${locale}`;
  return { rss: `/feeds/rss${qs}`, atom: `/feeds/atom${qs}` };
}
