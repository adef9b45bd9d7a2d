import { MAX_PAGE, searchQueryString } from "@/lib/search/query";
import type { SearchQuery } from "@/lib/search/types";
import { absoluteUrl } from "@/lib/site-url";
import type { ApiPageLinks } from "./schemas";

// Absolute links to a page of a search and its neighbours. The search's own
// parameters are written canonically (as the search page writes them), then
// pageSize and page, so every link of one listing differs only in `page`.

function pageUrl(path: string, query: SearchQuery, page: number): string {
  const base = searchQueryString({ ...query, page: 1 });
  const paging = new URLSearchParams({ pageSize: String(query.pageSize), page: String(page) });
  return absoluteUrl(`${path}${base ? `${base}&` : "?"}${paging.toString()}`);
}

export function pageLinks(path: string, query: SearchQuery, total: number): ApiPageLinks {
  const lastPage = Math.min(MAX_PAGE, Math.max(1, Math.ceil(total / query.pageSize)));
  return {
    self: pageUrl(path, query, query.page),
    next: query.page < lastPage ? pageUrl(path, query, query.page + 1) : null,
    prev: query.page > 1 ? pageUrl(path, query, Math.min(query.page - 1, lastPage)) : null,
  };
}

/** The same links as an RFC 8288 `Link` header. */
export function linkHeader(links: ApiPageLinks): string {
  const parts = [`<${links.self}>; rel="self"`];
  if (links.next) parts.push(`<${links.next}>; rel="next"`);
  if (links.prev) parts.push(`<${links.prev}>; rel="prev"`);
  return parts.join(", ");
}
